import {
  resolveSchema,
  typeLabel,
  type OpenApiDocument,
  type Schema,
} from '../openapi/openapi-model';
import { InlineCode } from './InlineCode';

/** The fields of an object schema: name, type, whether required, and what it means. */
export function SchemaFields({ document, schema }: { document: OpenApiDocument; schema: Schema }) {
  const resolved = resolveSchema(document, schema);
  const properties = Object.entries(resolved.properties ?? {});
  if (properties.length === 0) {
    return <p className="muted">{typeLabel(document, resolved)}</p>;
  }
  return (
    <dl className="schema-fields">
      {properties.map(([name, property]) => (
        <div key={name} className="schema-fields__row">
          <dt>
            <code>{name}</code>{' '}
            <span className="schema-fields__type">{typeLabel(document, property)}</span>
            {resolved.required?.includes(name) && (
              <span className="schema-fields__required">required</span>
            )}
          </dt>
          <dd>
            <InlineCode text={resolveSchema(document, property).description ?? ''} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
