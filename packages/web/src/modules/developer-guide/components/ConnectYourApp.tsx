import '../../../styles/developer-guide.css';
import type { Scope } from '@bnder/shared';
import { useState } from 'react';
import { Link } from 'react-router';
import { Tabs } from '../../../ui/Tabs';
import { DEVELOPER_PAGES } from '../paths';
import type { ConnectValues, Example } from '../snippets/connect-values';
import { curlExamples } from '../snippets/curl';
import { javascriptExamples } from '../snippets/javascript';
import { pythonExamples } from '../snippets/python';
import { AuthorizeLink } from './AuthorizeLink';
import { CodeExample } from './CodeExample';
import { RedirectUriPicker } from './RedirectUriPicker';
import { ScopePicker } from './ScopePicker';

export interface ConnectableApp {
  clientId: string;
  redirectUris: readonly string[];
  requireSecret: boolean;
  allowDeviceFlow: boolean;
}

const LANGUAGES: { id: string; label: string; examples: (values: ConnectValues) => Example[] }[] = [
  { id: 'curl', label: 'curl', examples: curlExamples },
  { id: 'javascript', label: 'JavaScript', examples: javascriptExamples },
  { id: 'python', label: 'Python', examples: pythonExamples },
];

/**
 * The quickstart on an app's page: its authorize link and examples with its own values. The
 * secret appears in them only while the owner has it on screen (`shownSecret`).
 */
export function ConnectYourApp({
  app,
  shownSecret,
}: {
  app: ConnectableApp;
  shownSecret: string | null;
}) {
  const [picked, setPicked] = useState(app.redirectUris[0] ?? '');
  const [scopes, setScopes] = useState<Scope[]>(['read']);
  // A URI removed since it was picked falls back to the first one.
  const redirectUri = app.redirectUris.includes(picked) ? picked : (app.redirectUris[0] ?? '');
  const values: ConnectValues = {
    issuer: window.location.origin,
    clientId: app.clientId,
    redirectUri,
    scopes,
    confidential: app.requireSecret,
    clientSecret: app.requireSecret ? shownSecret : null,
    deviceFlow: app.allowDeviceFlow,
  };

  return (
    <>
      <p className="section__intro">
        {app.requireSecret
          ? 'A confidential client: your server exchanges codes with the client secret, which the examples read from $CLIENT_SECRET unless you reveal it above.'
          : 'A public client: it has no secret and proves itself with PKCE (S256) instead.'}{' '}
        <Link to={DEVELOPER_PAGES.authorizing}>How authorizing works</Link> ·{' '}
        <Link to={DEVELOPER_PAGES.api} reloadDocument>
          API reference
        </Link>
      </p>
      <RedirectUriPicker uris={app.redirectUris} value={redirectUri} onChange={setPicked} />
      <ScopePicker value={scopes} onChange={setScopes} />
      {scopes.length > 0 && (
        <>
          <AuthorizeLink values={values} />
          <Tabs
            label="Language"
            tabs={LANGUAGES.map((language) => ({
              id: language.id,
              label: language.label,
              content: language
                .examples(values)
                .map((example) => (
                  <CodeExample
                    key={example.id}
                    title={example.title}
                    code={example.code}
                    language={language.label}
                  />
                )),
            }))}
          />
        </>
      )}
    </>
  );
}
