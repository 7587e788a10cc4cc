import { useId } from 'react';
import {
  firstExample,
  requiredScopes,
  type OpenApiDocument,
  type OperationView,
} from '../openapi/openapi-model';
import { CodeExample } from './CodeExample';
import { InlineCode } from './InlineCode';
import { SchemaFields } from './SchemaFields';

const JSON_TYPE = 'application/json';

/** One operation of the reference: what it does, what it takes and what it answers. */
export function OperationDetails({
  document,
  view,
}: {
  document: OpenApiDocument;
  view: OperationView;
}) {
  const id = useId();
  const { operation } = view;
  const scopes = requiredScopes(operation);
  const body = operation.requestBody?.content?.[JSON_TYPE];
  const responses = Object.entries(operation.responses ?? {});
  const [successStatus, success] = responses.find(([status]) => status.startsWith('2')) ?? [];
  const errors = responses.filter(([status]) => !status.startsWith('2'));
  const successExample = firstExample(success?.content?.[JSON_TYPE]);

  return (
    <article id={view.id} className="operation" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="operation__title">
        <span className={`operation__method operation__method--${view.method}`}>
          {view.method.toUpperCase()}
        </span>{' '}
        <code className="operation__path">{view.path}</code>
      </h3>
      {operation.summary && <p className="operation__summary">{operation.summary}</p>}
      {operation.description && (
        <p className="muted">
          <InlineCode text={operation.description} />
        </p>
      )}
      {scopes.length > 0 && (
        <p>
          Bearer token scope: <code>{scopes.join(' ')}</code>
        </p>
      )}
      {(operation.parameters ?? []).length > 0 && (
        <>
          <h4 className="operation__heading">Parameters</h4>
          <dl className="schema-fields">
            {operation.parameters?.map((parameter) => (
              <div key={`${parameter.in}-${parameter.name}`} className="schema-fields__row">
                <dt>
                  <code>{parameter.name}</code>{' '}
                  <span className="schema-fields__type">in {parameter.in}</span>
                  {parameter.required && <span className="schema-fields__required">required</span>}
                </dt>
                <dd>
                  <InlineCode text={parameter.description ?? ''} />
                </dd>
              </div>
            ))}
          </dl>
        </>
      )}
      {body?.schema && (
        <>
          <h4 className="operation__heading">Request body (JSON)</h4>
          <SchemaFields document={document} schema={body.schema} />
        </>
      )}
      {success && (
        <>
          <h4 className="operation__heading">
            Answer: {successStatus} {success.description}
          </h4>
          {success.content?.[JSON_TYPE]?.schema && (
            <SchemaFields document={document} schema={success.content[JSON_TYPE].schema} />
          )}
          {successExample !== undefined && (
            <CodeExample
              title={`Example answer of ${view.method.toUpperCase()} ${view.path}`}
              code={JSON.stringify(successExample, null, 2)}
              language="JSON"
              headingLevel={5}
            />
          )}
        </>
      )}
      {errors.length > 0 && (
        <p className="muted">
          Errors, each as <code>{'{ "error", "error_description" }'}</code>:{' '}
          {errors.map(([status]) => status).join(', ')}.
        </p>
      )}
    </article>
  );
}
