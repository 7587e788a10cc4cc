import '../../../styles/developer-guide.css';
import { SCOPES, SCOPE_DESCRIPTIONS, SPA_PAGES } from '@bnder/shared';
import { Link } from 'react-router';
import { PageHeading } from '../../../ui/PageHeading';
import { DEVELOPER_PAGES, PUBLISHED_DOCUMENTS } from '../paths';
import { ErrorsGuide } from './ErrorsGuide';
import { GuideSection } from './GuideSection';

/** The server's defaults (packages/server config); an operator may change them. */
const LIFETIMES = [
  ['Authorization code', '5 minutes, used once', 'AUTHORIZATION_CODE_TTL (at most 300 s)'],
  ['Access token', '1 hour', 'ACCESS_TOKEN_TTL'],
  ['Refresh token', '30 days; a new one with every refresh', 'REFRESH_TOKEN_TTL'],
  ['Device code', '15 minutes, polled every 5 seconds', 'DEVICE_CODE_TTL, DEVICE_POLL_INTERVAL'],
] as const;

/** How an app gets and keeps access to a Bnder account: the rules of the help page, in full. */
export default function AuthorizingGuidePage() {
  return (
    <>
      <PageHeading>Authorizing an app</PageHeading>
      <p className="section__intro">
        Bnder is an OAuth 2.0 authorization server (RFC 6749) for the authorization code grant with
        PKCE, and the device flow for apps that allow it. Standard client libraries configure
        themselves from the <a href={PUBLISHED_DOCUMENTS.metadata}>server metadata document</a> (RFC
        8414). Each of your apps&apos; pages shows these steps with its own values under{' '}
        <Link to={SPA_PAGES.ownedApps}>Connect your app</Link>.
      </p>
      <GuideSection anchor="scopes" title="Scopes">
        <p>
          An authorize link must ask for one or more of these scopes. A link without a valid scope
          is refused with <code>invalid_scope</code>: nothing defaults to broad access. The scopes
          are independent: <code>write</code> does not include <code>read</code>.
        </p>
        <dl className="schema-fields">
          {SCOPES.map((scope) => (
            <div key={scope} className="schema-fields__row">
              <dt>
                <code>{scope}</code>
              </dt>
              <dd>{SCOPE_DESCRIPTIONS[scope]}</dd>
            </div>
          ))}
        </dl>
        <p>
          Tokens with pre-release custom scopes act as <code>read</code> only until the user
          authorizes the app again with explicit scopes.
        </p>
      </GuideSection>
      <GuideSection anchor="pkce" title="PKCE">
        <p>
          Public apps (no client secret) must use PKCE (RFC 7636) with the <code>S256</code> method:
          send <code>code_challenge</code> and <code>code_challenge_method=S256</code> in the
          authorize link and the matching <code>code_verifier</code> with the code.{' '}
          <code>plain</code> is refused. Confidential apps may use PKCE too, and when they do the
          verifier is checked.
        </p>
      </GuideSection>
      <GuideSection anchor="secrets" title="Client secrets">
        <ul className="guide__list">
          <li>
            Leave <em>Require a client secret</em> off for public clients that cannot keep a secret,
            such as browser, mobile and command-line apps; turn it on for server-side integrations.
          </li>
          <li>
            Never put the client secret in an authorize link: such a link is refused, and the owner
            is told. The secret goes only to the token endpoint, with HTTP Basic (
            <code>client_secret_basic</code>) or in the form (<code>client_secret_post</code>), when
            exchanging a code or a refresh token.
          </li>
          <li>
            If a secret leaks, rotate it on the app&apos;s page instead of creating a new client id.
            Rotating signs out every OAuth session of the app: connected integrations authorize
            again with the new secret.
          </li>
          <li>
            Turning <em>Require a client secret</em> off deletes the stored secret and signs out
            every OAuth session of the app.
          </li>
        </ul>
      </GuideSection>
      <GuideSection anchor="lifetimes" title="Token lifetimes">
        <dl className="schema-fields">
          {LIFETIMES.map(([what, how, setting]) => (
            <div key={what} className="schema-fields__row">
              <dt>{what}</dt>
              <dd>
                {how} <span className="muted">(setting {setting})</span>
              </dd>
            </div>
          ))}
        </dl>
        <p>
          These are the defaults. Trust <code>expires_in</code> in each token answer. A refresh
          token works once: reusing an old one revokes the whole chain of tokens it belongs to.
        </p>
      </GuideSection>
      <GuideSection anchor="revocation" title="Revocation">
        <p>
          An app signs a user out by revoking its refresh token at <code>POST /oauth/revoke</code>{' '}
          (RFC 7009), which also ends the access tokens issued with it. A user revokes an app under{' '}
          <Link to={SPA_PAGES.authorizedApps}>Authorized OAuth Applications</Link>, with their
          signed-in session (an OAuth token cannot authorize or revoke apps). Deleting an app stops
          every one of its tokens at once, even unexpired ones.
        </p>
      </GuideSection>
      <ErrorsGuide />
      <GuideSection anchor="documents" title="Machine-readable documents">
        <ul className="guide__list">
          <li>
            <a href={PUBLISHED_DOCUMENTS.metadata}>
              <code>{PUBLISHED_DOCUMENTS.metadata}</code>
            </a>
            : the authorization server metadata (RFC 8414).
          </li>
          <li>
            <a href={PUBLISHED_DOCUMENTS.openApi}>
              <code>{PUBLISHED_DOCUMENTS.openApi}</code>
            </a>
            : the REST API as OpenAPI 3.1, also readable as the{' '}
            <Link to={DEVELOPER_PAGES.api} reloadDocument>
              API reference
            </Link>
            .
          </li>
          <li>
            <a href={PUBLISHED_DOCUMENTS.graphqlSchema}>
              <code>{PUBLISHED_DOCUMENTS.graphqlSchema}</code>
            </a>
            : the GraphQL schema of <code>/graphql</code>.
          </li>
        </ul>
      </GuideSection>
    </>
  );
}
