import '../../../styles/developer-guide.css';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { ErrorState } from '../../../ui/ErrorState';
import { Loading } from '../../../ui/Loading';
import { PageHeading } from '../../../ui/PageHeading';
import { operationsByTag, type OpenApiDocument } from '../openapi/openapi-model';
import { DEVELOPER_PAGES, PUBLISHED_DOCUMENTS } from '../paths';
import { InlineCode } from './InlineCode';
import { OperationDetails } from './OperationDetails';

type Loaded = { document: OpenApiDocument } | { error: Error } | null;

async function fetchDocument(): Promise<OpenApiDocument> {
  const response = await fetch(PUBLISHED_DOCUMENTS.openApi, {
    headers: { accept: 'application/json' },
  });
  if (!response.ok) throw new Error(`The API description answered ${response.status}`);
  return (await response.json()) as OpenApiDocument;
}

/**
 * The REST reference, drawn from the server's own OpenAPI document with the site's components:
 * the maintained reference UIs inject inline styles or evaluate code, which the SPA's Content
 * Security Policy (no inline script or style, no eval) refuses.
 */
export default function ApiReferencePage() {
  const [loaded, setLoaded] = useState<Loaded>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    fetchDocument()
      .then((document): Loaded => ({ document }))
      .catch((error: unknown): Loaded => ({ error: error as Error }))
      .then((result) => {
        if (live) setLoaded(result);
      });
    return () => {
      live = false;
    };
  }, [attempt]);

  return (
    <>
      <PageHeading>API reference</PageHeading>
      <p className="section__intro">
        The REST API under <code>/consumer/v1</code>, for an app that holds an access token.{' '}
        <Link to={DEVELOPER_PAGES.authorizing}>Authorizing an app</Link> says how to get one. The
        same description as OpenAPI 3.1:{' '}
        <a href={PUBLISHED_DOCUMENTS.openApi}>
          <code>{PUBLISHED_DOCUMENTS.openApi}</code>
        </a>
        .
      </p>
      {loaded === null && <Loading label="Loading the API description…" />}
      {loaded && 'error' in loaded && (
        <ErrorState
          error={loaded.error}
          title="The API description could not be loaded"
          onRetry={() => {
            setLoaded(null);
            setAttempt((n) => n + 1);
          }}
        />
      )}
      {loaded && 'document' in loaded && <Reference document={loaded.document} />}
    </>
  );
}

function Reference({ document }: { document: OpenApiDocument }) {
  const groups = operationsByTag(document);
  return (
    <>
      {document.info.description && (
        <p>
          <InlineCode text={document.info.description} />
        </p>
      )}
      <nav aria-label="Operations" className="section">
        <ul className="operation-index">
          {groups.map((group) => (
            <li key={group.tag}>
              {group.tag}
              <ul>
                {group.operations.map((view) => (
                  <li key={view.id}>
                    <a href={`#${view.id}`}>
                      {view.method.toUpperCase()} <code>{view.path}</code>
                    </a>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map((group) => (
        <section key={group.tag} className="section" aria-label={group.tag}>
          <h2 className="section__title">{group.tag}</h2>
          {group.operations.map((view) => (
            <OperationDetails key={view.id} document={document} view={view} />
          ))}
        </section>
      ))}
    </>
  );
}
