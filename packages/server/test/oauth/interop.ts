import { TestClient, signUp } from '../helpers/client.js';
import { authorize, createApp, type TestApp } from '../helpers/oauth.js';
import type { TestServer } from '../helpers/server.js';

/** A native app's loopback redirect (RFC 8252 §7.3), as the client libraries are set up with. */
export const LOOPBACK_REDIRECT = 'http://127.0.0.1:43111/callback';

export type Integration = {
  user: TestClient;
  account: { id: string; email: string };
  app: TestApp & { clientSecret: string };
  issuer: string;
};

/** A signed-in user who owns a confidential app with a loopback redirect URI. */
export async function integration(server: TestServer): Promise<Integration> {
  const user = new TestClient(server.url);
  const account = await signUp(user, 'Interop User');
  const app = await createApp(user, { requireSecret: true, redirectUris: [LOOPBACK_REDIRECT] });
  if (app.clientSecret === null) throw new Error('a confidential app has a secret');
  return {
    user,
    account,
    app: { ...app, clientSecret: app.clientSecret },
    issuer: server.config.publicUrl,
  };
}

/**
 * The browser's part, played by the user's session: opens the authorization URL the library
 * built, consents, and returns the URL the browser was sent back to.
 */
export async function approveInBrowser(user: TestClient, authorizationUrl: string | URL) {
  const answered = await authorize(
    user,
    Object.fromEntries(new URL(authorizationUrl).searchParams),
  );
  return answered.location;
}

/** The resource server's view of a token: GET /consumer/v1/me. */
export async function callApi(server: TestServer, accessToken: string): Promise<Response> {
  return fetch(new URL('/consumer/v1/me', server.url), {
    headers: { authorization: `Bearer ${accessToken}` },
  });
}
