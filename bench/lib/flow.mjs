import { randomBytes } from 'node:crypto';
import {
  basicAuthorization,
  createApp,
  exchangeCode,
  HttpSession,
  pendingCode,
  signUp,
} from '../../tooling/testkit/index.mjs';

/**
 * A browser's worth of HTTP: the test kit's session (one cookie jar, redirects not followed),
 * sending the Origin header a browser sends on a same-origin POST.
 */
export class Browser extends HttpSession {
  /** @param {string} baseUrl */
  constructor(baseUrl) {
    super(baseUrl, new Map(), { originHeader: true });
  }
}

/** POSTs a form to an OAuth endpoint with the app's Basic client authentication. */
export async function postForm(baseUrl, path, authorization, params) {
  const response = await fetch(new URL(path, baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', authorization },
    body: new URLSearchParams(params).toString(),
  });
  return { status: response.status, body: await response.json() };
}

/**
 * What a user and an integration do, over HTTP, with the test kit: sign up, create a
 * confidential app, authorize it (authorize link with PKCE → consent → approve), exchange the
 * code. Returns the ids and real tokens the benchmark builds on; the authorization row now exists.
 */
export async function setUpAccountAndApp(baseUrl, { scope, redirectUri }) {
  const browser = new Browser(baseUrl);
  const user = await signUp(browser, {
    email: `bench.${Date.now()}.${randomBytes(4).toString('hex')}@example.test`,
    password: randomBytes(12).toString('base64url'),
    displayName: 'Bench User',
  });
  const app = await createApp(browser, {
    name: 'Bench integration',
    redirectUris: [redirectUri],
    requireSecret: true,
  });
  const tokens = await exchangeCode(baseUrl, app, await pendingCode(browser, app, { scope }));
  return {
    userId: user.id,
    clientId: app.clientId,
    auth: basicAuthorization(app.clientId, app.clientSecret ?? ''),
    accessToken: tokens.access_token,
    refreshToken: tokens.refresh_token,
  };
}
