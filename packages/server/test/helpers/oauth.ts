// The server tests' names for the test kit's code-flow steps (tooling/testkit/), taking a
// TestServer where the kit takes a base URL.
import {
  exchangeCode,
  pendingCode,
  postAsApp as postAsAppTo,
  type TestApp,
  type TokenResponse,
} from '../../../../tooling/testkit/index.mjs';
import type { TestClient } from './client.js';
import type { TestServer } from './server.js';

export {
  authorize,
  clientAuthFor,
  createApp,
  pendingCode,
  pkcePair,
  DEFAULT_REDIRECT_URI,
  type AuthorizeResult,
  type PendingCode,
  type TestApp,
  type TokenResponse,
} from '../../../../tooling/testkit/index.mjs';

/** POSTs a form to an OAuth endpoint, authenticated as the app (RFC 6749 §2.3.1). */
export async function postAsApp(
  server: Pick<TestServer, 'url'>,
  app: TestApp,
  path: string,
  params: Record<string, string>,
): Promise<Response> {
  return postAsAppTo(server.url, app, path, params);
}

/**
 * The whole authorization code flow over HTTP, as an integration would run it: authorize with
 * PKCE as the client's signed-in user, consent, and exchange the code at `server`.
 */
export async function obtainTokens(
  server: Pick<TestServer, 'url'>,
  client: TestClient,
  app: TestApp,
  scope: string,
): Promise<TokenResponse> {
  return exchangeCode(server.url, app, await pendingCode(client, app, { scope }));
}
