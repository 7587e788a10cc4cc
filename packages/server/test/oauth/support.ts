import { TestClient, signUp } from '../helpers/client.js';
import { createApp, postAsApp, DEFAULT_REDIRECT_URI, type TestApp } from '../helpers/oauth.js';
import type { TestServer } from '../helpers/server.js';
import { graphql } from '../gql/index.js';

export type Signed = { client: TestClient; user: { id: string; email: string }; app: TestApp };

/** A fresh user, signed in, who owns a fresh app. */
export async function userWithApp(
  server: TestServer,
  options: { requireSecret: boolean; redirectUris?: string[]; name?: string } = {
    requireSecret: false,
  },
): Promise<Signed> {
  const client = new TestClient(server.url);
  const user = await signUp(client, 'Olive Owner');
  const app = await createApp(client, options);
  return { client, user, app };
}

/** A second signed-in user, for flows where the app's owner is not the one authorizing. */
export async function anotherUser(server: TestServer): Promise<TestClient> {
  const client = new TestClient(server.url);
  await signUp(client, 'Una User');
  return client;
}

export function authorizeParams(
  app: TestApp,
  overrides: Record<string, string | undefined> = {},
): Record<string, string> {
  const params: Record<string, string | undefined> = {
    response_type: 'code',
    client_id: app.clientId,
    redirect_uri: app.redirectUris[0] ?? DEFAULT_REDIRECT_URI,
    scope: 'read',
    state: 'state-123',
    ...overrides,
  };
  return Object.fromEntries(
    Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

export function authorizePath(params: Record<string, string>): string {
  return `/oauth/authorize?${new URLSearchParams(params)}`;
}

/** The tests' one authorize-up-to-a-code helper, re-exported for the OAuth tests. */
export { pendingCode } from '../helpers/oauth.js';

export type Answer = { status: number; body: Record<string, unknown>; headers: Headers };

async function answer(response: Response): Promise<Answer> {
  const text = await response.text();
  const body = text === '' ? {} : (JSON.parse(text) as Record<string, unknown>);
  return { status: response.status, body, headers: response.headers };
}

/** POSTs a form as the app (Basic for confidential apps, client_id for public ones). */
export async function post(
  server: TestServer,
  app: TestApp,
  path: string,
  params: Record<string, string>,
): Promise<Answer> {
  return answer(await postAsApp(server, app, path, params));
}

/** POSTs a raw form with whatever headers a test wants (for client authentication cases). */
export async function postRaw(
  server: TestServer,
  path: string,
  body: string,
  headers: Record<string, string> = {},
): Promise<Answer> {
  return answer(
    await fetch(new URL(path, server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body,
    }),
  );
}

/** The Basic client authentication header (RFC 6749 §2.3.1), from the one shared encoder. */
export { basicAuthorization as basic } from '../../../../tooling/client-auth.mjs';

export async function exchange(
  server: TestServer,
  app: TestApp,
  issued: { code: string; verifier: string; redirectUri: string },
): Promise<Answer> {
  return post(server, app, '/oauth/token', {
    grant_type: 'authorization_code',
    code: issued.code,
    redirect_uri: issued.redirectUri,
    code_verifier: issued.verifier,
  });
}

export async function introspect(server: TestServer, app: TestApp, token: string) {
  return (await post(server, app, '/oauth/introspect', { token })).body;
}

/** GraphQL `viewer` with a bearer token: the quickest proof that a token works. */
export async function viewerWith(server: TestServer, accessToken: string) {
  const client = new TestClient(server.url);
  client.bearer = accessToken;
  return client.gql(
    graphql(`
      query SupportViewer {
        viewer {
          id
        }
      }
    `),
  );
}

/** The owner's activity log of an app, newest first, as event types. */
export async function activityOf(owner: TestClient, app: TestApp): Promise<string[]> {
  const result = await owner.gql(
    graphql(`
      query SupportOauthAppActivity($id: String!) {
        oauthAppActivity(clientId: $id) {
          type
        }
      }
    `),
    { id: app.clientId },
  );
  return result.data?.oauthAppActivity.map((e) => e.type) ?? [];
}
