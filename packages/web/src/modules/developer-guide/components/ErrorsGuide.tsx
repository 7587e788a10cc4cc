import { GuideSection } from './GuideSection';

const TOKEN_ERRORS = [
  ['invalid_request', 'a parameter is missing, repeated or malformed'],
  ['invalid_client', 'unknown client, wrong or missing secret (HTTP 401), or a deleted app'],
  ['invalid_grant', 'the code or refresh token is expired, used, revoked or not this app’s'],
  ['unauthorized_client', 'the app may not use this grant (the device flow is off)'],
  ['unsupported_grant_type', 'only authorization_code, refresh_token and the device code'],
  ['invalid_scope', 'a refresh asked for a scope the grant does not hold'],
] as const;

/** What goes wrong, and how each endpoint says so. */
export function ErrorsGuide() {
  return (
    <GuideSection anchor="errors" title="Errors">
      <p>
        <strong>Authorize link.</strong> An unknown client or a redirect URI that is not registered
        shows an error page and never redirects. Other errors go back to the redirect URI with{' '}
        <code>error</code>, <code>error_description</code>, <code>state</code> and <code>iss</code>{' '}
        (RFC 6749 §4.1.2.1, RFC 9207): <code>invalid_scope</code>, <code>invalid_request</code> (for
        example a public app without PKCE) or <code>access_denied</code> when the user cancels.
      </p>
      <p>
        <strong>Token endpoint.</strong> A JSON body{' '}
        <code>{'{ "error", "error_description" }'}</code> (RFC 6749 §5.2):
      </p>
      <dl className="schema-fields">
        {TOKEN_ERRORS.map(([code, meaning]) => (
          <div key={code} className="schema-fields__row">
            <dt>
              <code>{code}</code>
            </dt>
            <dd>{meaning}</dd>
          </div>
        ))}
      </dl>
      <p>
        <strong>API.</strong> <code>401</code> with{' '}
        <code>WWW-Authenticate: Bearer error=&quot;invalid_token&quot;</code> when the token is
        missing, expired or revoked; <code>403</code> with{' '}
        <code>error=&quot;insufficient_scope&quot;</code> and the scope it needs (RFC 6750 §3.1).
        Too many requests get <code>429</code> with <code>Retry-After</code>.
      </p>
    </GuideSection>
  );
}
