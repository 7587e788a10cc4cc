import { TestClient, signUp } from '../helpers/client.js';
import { createApp, pkcePair, postAsApp, type TestApp } from '../helpers/oauth.js';
import type { TestServer } from '../helpers/server.js';

export const REDIRECT_URI = 'http://127.0.0.1:43112/callback';

/** A signed-in user who owns a public or a confidential app with a loopback redirect URI. */
export async function ownerWithApp(server: TestServer, requireSecret: boolean) {
  const user = new TestClient(server.url);
  const account = await signUp(user, 'PAR User');
  const app = await createApp(user, { requireSecret, redirectUris: [REDIRECT_URI] });
  return { user, account, app };
}

/** A valid authorize request's parameters, with a fresh PKCE pair. */
export function authorizeParams(app: TestApp, extra: Record<string, string> = {}) {
  const { verifier, challenge } = pkcePair();
  const params: Record<string, string> = {
    response_type: 'code',
    client_id: app.clientId,
    redirect_uri: REDIRECT_URI,
    scope: 'read',
    state: 'state-1',
    code_challenge: challenge,
    code_challenge_method: 'S256',
    ...extra,
  };
  return { params, verifier };
}

/** POST /oauth/par as the app (Basic for a confidential app), answering the status and body. */
export async function push(server: TestServer, app: TestApp, params: Record<string, string>) {
  const response = await postAsApp(server, app, '/oauth/par', params);
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Record<string, unknown>,
  };
}

/** Pushes a valid request and answers its request_uri. */
export async function pushedRequestUri(
  server: TestServer,
  app: TestApp,
  extra: Record<string, string> = {},
) {
  const { params, verifier } = authorizeParams(app, extra);
  const pushed = await push(server, app, params);
  if (pushed.status !== 201) throw new Error(`push failed: ${JSON.stringify(pushed.body)}`);
  return { requestUri: String(pushed.body.request_uri), verifier };
}

/** The browser follows an authorize link; the answer's status, Location and page text. */
export async function follow(user: TestClient, query: Record<string, string>) {
  const response = await user.fetch(`/oauth/authorize?${new URLSearchParams(query)}`);
  const location = response.headers.get('location');
  return {
    status: response.status,
    location: location === null ? null : new URL(location, user.baseUrl),
    text: await response.text(),
  };
}

const SWITCH = `mutation($clientId: String!, $input: UpdateOAuthAppInput!) {
  updateOAuthApp(clientId: $clientId, input: $input) { requirePushedAuthorizationRequests } }`;

/** The owner flips *Require pushed authorization requests* through GraphQL, as the app page does. */
export async function requirePushed(user: TestClient, app: TestApp, on: boolean) {
  const result = await user.gql(SWITCH, {
    clientId: app.clientId,
    input: { requirePushedAuthorizationRequests: on },
  });
  if (!result.data) throw new Error(`updateOAuthApp failed: ${JSON.stringify(result.errors)}`);
}
