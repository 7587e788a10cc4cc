import { TestClient, signUp } from '../helpers/client.js';
import { createApp, obtainTokens, type TestApp, type TokenResponse } from '../helpers/oauth.js';
import type { TestServer } from '../helpers/server.js';

export type RestResult = { status: number; body: Record<string, unknown>; headers: Headers };

/** One JSON call to the resource API; `as` is a client (cookie session) or a bearer token. */
export async function rest(
  server: Pick<TestServer, 'url'>,
  as: TestClient | string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<RestResult> {
  const client = typeof as === 'string' ? new TestClient(server.url) : as;
  const init: RequestInit = { method, headers: { ...headers } };
  if (typeof as === 'string')
    (init.headers as Record<string, string>).authorization = `Bearer ${as}`;
  if (body !== undefined) {
    (init.headers as Record<string, string>)['content-type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const response = await client.fetch(`/consumer/v1${path}`, init);
  const text = await response.text();
  return {
    status: response.status,
    body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
    headers: response.headers,
  };
}

export type Connection = {
  /** The signed-in user who authorized the app. */
  user: TestClient & { id: string; email: string };
  owner: TestClient;
  app: TestApp;
  tokens: TokenResponse;
};

/**
 * A fresh owner with an app, and a fresh user who authorized it for `scope` through the real
 * authorize, consent and token endpoints.
 */
export async function connectApp(
  server: Pick<TestServer, 'url'>,
  scope: string,
  options: { requireSecret?: boolean; name?: string; ownerName?: string } = {},
): Promise<Connection> {
  const owner = new TestClient(server.url);
  await signUp(owner, options.ownerName ?? 'App Owner');
  const app = await createApp(owner, {
    requireSecret: options.requireSecret ?? false,
    ...(options.name ? { name: options.name } : {}),
  });
  const user = await signedInUser(server);
  const tokens = await obtainTokens(server, user, app, scope);
  return { user, owner, app, tokens };
}

/** A new user signed in with its own client. */
export async function signedInUser(
  server: Pick<TestServer, 'url'>,
  displayName = 'Token User',
): Promise<TestClient & { id: string; email: string }> {
  const client = new TestClient(server.url);
  const { id, email } = await signUp(client, displayName);
  return Object.assign(client, { id, email });
}

/** Another token for the same user, from a second app of the same owner, for `scope`. */
export async function anotherToken(
  server: Pick<TestServer, 'url'>,
  connection: Connection,
  scope: string,
): Promise<string> {
  const app = await createApp(connection.owner, { requireSecret: false, name: 'Second app' });
  return (await obtainTokens(server, connection.user, app, scope)).access_token;
}
