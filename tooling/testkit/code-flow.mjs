// The authorization code flow's HTTP steps (RFC 6749 §4.1) as an integration and its user run
// them: the authorize link in the user's session, consent approved as the SPA does, and the code
// exchanged at the token endpoint with the app's client authentication.
import { randomBytes } from 'node:crypto';
import { basicAuthorization } from '../client-auth.mjs';
import { DEFAULT_REDIRECT_URI } from './apps.mjs';
import { APPROVE_AUTHORIZATION } from './operations.mjs';
import { pkcePair } from './pkce.mjs';

/** @typedef {import('./apps.mjs').TestApp} TestApp */
/** @typedef {import('./session.mjs').BrowsingSession} BrowsingSession */

/**
 * GET /oauth/authorize with the session, then, when the server asks for consent, approves it.
 * Returns what the redirect back to the client carried. `params` are the link's own parameters.
 * @param {BrowsingSession} session
 * @param {Record<string, string>} params
 */
export async function authorize(session, params) {
  const response = await session.fetch(`/oauth/authorize?${new URLSearchParams(params)}`);
  const location = response.headers.get('location');
  if (response.status !== 302 || !location) {
    throw new Error(`authorize answered ${response.status}: ${await response.text()}`);
  }
  let target = new URL(location, session.baseUrl);
  if (target.pathname === '/oauth/consent' && target.origin === new URL(session.baseUrl).origin) {
    const id = target.searchParams.get('request_id') ?? '';
    const approved = await session.gql(APPROVE_AUTHORIZATION, { id });
    if (!approved.data) {
      throw new Error(`approveAuthorization failed: ${JSON.stringify(approved.errors)}`);
    }
    target = new URL(approved.data.approveAuthorization.redirectTo);
  }
  const read = (/** @type {string} */ name) => target.searchParams.get(name);
  return {
    location: target,
    code: read('code'),
    state: read('state'),
    iss: read('iss'),
    error: read('error'),
  };
}

/**
 * The client authentication an app uses at the token endpoint (RFC 6749 §2.3.1): Basic for
 * confidential apps, client_id in the body for public ones.
 * @param {TestApp} app
 * @returns {{ headers: Record<string, string>; body: string }}
 */
export function clientAuthFor(app) {
  if (app.clientSecret === null) return { headers: {}, body: `client_id=${app.clientId}` };
  return {
    headers: { authorization: basicAuthorization(app.clientId, app.clientSecret) },
    body: '',
  };
}

/**
 * POSTs a form to an OAuth endpoint, authenticated as the app.
 * @param {string} baseUrl
 * @param {TestApp} app
 * @param {string} path
 * @param {Record<string, string>} params
 */
export async function postAsApp(baseUrl, app, path, params) {
  const auth = clientAuthFor(app);
  const form = new URLSearchParams(params);
  if (auth.body) for (const [k, v] of new URLSearchParams(auth.body)) form.set(k, v);
  return fetch(new URL(path, baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...auth.headers },
    body: form.toString(),
  });
}

/**
 * Authorizes up to a code: the authorize link (with PKCE S256 unless `pkce: false`, RFC 7636
 * §4.3) in the session of the signed-in user, consent if asked; returns the code, not yet
 * exchanged, with what redeems it.
 * @param {BrowsingSession} session
 * @param {TestApp} app
 * @param {{ scope?: string; pkce?: boolean }} [options]
 */
export async function pendingCode(session, app, options = {}) {
  const { verifier, challenge } = pkcePair();
  const redirectUri = app.redirectUris[0] ?? DEFAULT_REDIRECT_URI;
  const result = await authorize(session, {
    response_type: 'code',
    client_id: app.clientId,
    redirect_uri: redirectUri,
    scope: options.scope ?? 'read',
    state: randomBytes(8).toString('hex'),
    ...(options.pkce === false ? {} : { code_challenge: challenge, code_challenge_method: 'S256' }),
  });
  if (!result.code) throw new Error(`authorize returned no code: ${result.location.toString()}`);
  return { code: result.code, verifier, redirectUri };
}

/**
 * Exchanges a code at the token endpoint (RFC 6749 §4.1.3, RFC 7636 §4.5); throws unless 200.
 * @param {string} baseUrl
 * @param {TestApp} app
 * @param {{ code: string; verifier: string; redirectUri: string }} pending
 */
export async function exchangeCode(baseUrl, app, pending) {
  const response = await postAsApp(baseUrl, app, '/oauth/token', {
    grant_type: 'authorization_code',
    code: pending.code,
    redirect_uri: pending.redirectUri,
    code_verifier: pending.verifier,
  });
  const body = /** @type {import('./code-flow.mjs').TokenResponse} */ (await response.json());
  if (response.status !== 200) throw new Error(`token exchange failed: ${JSON.stringify(body)}`);
  return body;
}

/**
 * The whole code flow over HTTP, as an integration runs it: authorize with PKCE as the session's
 * user, consent, exchange the code. Returns the token response.
 * @param {BrowsingSession} session
 * @param {TestApp} app
 * @param {string} scope
 */
export async function obtainTokens(session, app, scope) {
  return exchangeCode(session.baseUrl, app, await pendingCode(session, app, { scope }));
}
