import { createHash, randomBytes } from 'node:crypto';
import { basicAuthorization } from '../../../../tooling/client-auth.mjs';
import type { TestClient } from './client.js';
import type { TestServer } from './server.js';

/** An app created for a test, with the secret shown once at creation (null for public apps). */
export type TestApp = {
  clientId: string;
  clientSecret: string | null;
  redirectUris: string[];
  requireSecret: boolean;
};

export type TokenResponse = {
  access_token: string;
  token_type: string;
  expires_in: number;
  refresh_token: string;
  scope: string;
};

export type AuthorizeResult = {
  /** The final redirect back to the client (after consent, or directly when it was skipped). */
  location: URL;
  code: string | null;
  state: string | null;
  iss: string | null;
  error: string | null;
};

export const DEFAULT_REDIRECT_URI = 'https://client.example.test/callback';

const CREATE_APP = `mutation($input: CreateOAuthAppInput!) {
  createOAuthApp(input: $input) { app { clientId redirectUris requireSecret } clientSecret }
}`;

/** Creates an app owned by the client's signed-in user, through GraphQL as the SPA does. */
export async function createApp(
  client: TestClient,
  options: { requireSecret: boolean; redirectUris?: string[]; name?: string },
): Promise<TestApp> {
  const input = {
    name: options.name ?? 'Test integration',
    redirectUris: options.redirectUris ?? [DEFAULT_REDIRECT_URI],
    requireSecret: options.requireSecret,
  };
  const result = await client.gql<{
    createOAuthApp: {
      app: { clientId: string; redirectUris: string[]; requireSecret: boolean };
      clientSecret: string | null;
    };
  }>(CREATE_APP, { input });
  if (!result.data) throw new Error(`createOAuthApp failed: ${JSON.stringify(result.errors)}`);
  const { app, clientSecret } = result.data.createOAuthApp;
  return { ...app, clientSecret };
}

/** RFC 7636 §4.1–4.2: a 43-character verifier and its S256 challenge. */
export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  return { verifier, challenge };
}

const APPROVE = `mutation($id: ID!) { approveAuthorization(requestId: $id) { redirectTo } }`;

/**
 * Drives the browser part of the flow with the client's session: GET /oauth/authorize, then,
 * when the server asks for consent, approves it. Returns what the redirect carried back.
 * `params` are the authorize link's own query parameters (client_id, scope, state, …).
 */
export async function authorize(
  client: TestClient,
  params: Record<string, string>,
): Promise<AuthorizeResult> {
  const response = await client.fetch(`/oauth/authorize?${new URLSearchParams(params)}`);
  const location = response.headers.get('location');
  if (response.status !== 302 || !location) {
    throw new Error(`authorize answered ${response.status}: ${await response.text()}`);
  }
  let target = new URL(location, client.baseUrl);
  if (target.pathname === '/oauth/consent' && target.origin === new URL(client.baseUrl).origin) {
    const requestId = target.searchParams.get('request_id') ?? '';
    const approved = await client.gql<{ approveAuthorization: { redirectTo: string } }>(APPROVE, {
      id: requestId,
    });
    if (!approved.data)
      throw new Error(`approveAuthorization failed: ${JSON.stringify(approved.errors)}`);
    target = new URL(approved.data.approveAuthorization.redirectTo);
  }
  const read = (name: string) => target.searchParams.get(name);
  return {
    location: target,
    code: read('code'),
    state: read('state'),
    iss: read('iss'),
    error: read('error'),
  };
}

/** The client authentication an app uses at the token endpoint: Basic for confidential apps. */
export function clientAuthFor(app: TestApp): { headers: Record<string, string>; body: string } {
  if (app.clientSecret === null) return { headers: {}, body: `client_id=${app.clientId}` };
  return {
    headers: { authorization: basicAuthorization(app.clientId, app.clientSecret) },
    body: '',
  };
}

/** POSTs a form to an OAuth endpoint, authenticated as the app (RFC 6749 §2.3.1). */
export async function postAsApp(
  server: Pick<TestServer, 'url'>,
  app: TestApp,
  path: string,
  params: Record<string, string>,
): Promise<Response> {
  const auth = clientAuthFor(app);
  const form = new URLSearchParams(params);
  if (auth.body) for (const [k, v] of new URLSearchParams(auth.body)) form.set(k, v);
  return fetch(new URL(path, server.url), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...auth.headers },
    body: form.toString(),
  });
}

export type PendingCode = { code: string; verifier: string; redirectUri: string };

/**
 * The one way tests authorize up to a code: authorize (with PKCE unless `pkce: false`) as the
 * client's signed-in user, consenting if asked, and return the code the app received, not yet
 * exchanged, with what redeems it.
 */
export async function pendingCode(
  client: TestClient,
  app: TestApp,
  options: { scope?: string; pkce?: boolean } = {},
): Promise<PendingCode> {
  const { verifier, challenge } = pkcePair();
  const redirectUri = app.redirectUris[0] ?? DEFAULT_REDIRECT_URI;
  const result = await authorize(client, {
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
 * The whole authorization code flow over HTTP, as an integration would run it: authorize with
 * PKCE as the client's signed-in user, consent, and exchange the code. Returns the token response.
 */
export async function obtainTokens(
  server: Pick<TestServer, 'url'>,
  client: TestClient,
  app: TestApp,
  scope: string,
): Promise<TokenResponse> {
  const { code, verifier, redirectUri } = await pendingCode(client, app, { scope });
  const response = await postAsApp(server, app, '/oauth/token', {
    grant_type: 'authorization_code',
    code,
    redirect_uri: redirectUri,
    code_verifier: verifier,
  });
  const body = (await response.json()) as TokenResponse;
  if (response.status !== 200) throw new Error(`token exchange failed: ${JSON.stringify(body)}`);
  return body;
}
