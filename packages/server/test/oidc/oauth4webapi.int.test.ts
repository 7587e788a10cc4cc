import * as oauth from 'oauth4webapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, TestClient, type GraphQLResult } from '../helpers/client.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { LOOPBACK_REDIRECT, approveInBrowser, integration } from '../oauth/interop.js';

let server: TestServer;
let as: oauth.AuthorizationServer;
beforeAll(async () => {
  server = await startTestServer();
  const issuer = new URL(server.config.publicUrl);
  const options = { algorithm: 'oidc' as const, [oauth.allowInsecureRequests]: true };
  as = await oauth.processDiscoveryResponse(issuer, await oauth.discoveryRequest(issuer, options));
});
afterAll(async () => server.close());

const insecure = { [oauth.allowInsecureRequests]: true };

type Link = { url: URL; verifier: string; nonce: string; state: string };

/** An authorize link with PKCE, state and a nonce, as the library builds one. */
async function authorizeLink(clientId: string, extra: Record<string, string> = {}): Promise<Link> {
  const verifier = oauth.generateRandomCodeVerifier();
  const nonce = oauth.generateRandomNonce();
  const state = oauth.generateRandomState();
  const url = new URL(as.authorization_endpoint ?? '');
  for (const [name, value] of Object.entries({
    response_type: 'code',
    client_id: clientId,
    redirect_uri: LOOPBACK_REDIRECT,
    scope: 'openid email read',
    state,
    nonce,
    code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    ...extra,
  }))
    url.searchParams.set(name, value);
  return { url, verifier, nonce, state };
}

/** The app's side of the callback: validate it and exchange the code. The raw Response. */
async function exchange(
  app: { clientId: string; clientSecret: string },
  link: Link,
  callback: URL,
) {
  const client: oauth.Client = { client_id: app.clientId };
  const params = oauth.validateAuthResponse(as, client, callback, link.state);
  const response = await oauth.authorizationCodeGrantRequest(
    as,
    client,
    oauth.ClientSecretBasic(app.clientSecret),
    params,
    LOOPBACK_REDIRECT,
    link.verifier,
    insecure,
  );
  return { client, nonce: link.nonce, response };
}

/** Authorizes as the user (consenting if asked) and exchanges the code. */
async function codeFlow(
  user: TestClient,
  app: { clientId: string; clientSecret: string },
  extra: Record<string, string> = {},
) {
  const link = await authorizeLink(app.clientId, extra);
  return exchange(app, link, await approveInBrowser(user, link.url));
}

async function signInAgain(user: TestClient, email: string): Promise<GraphQLResult> {
  return user.gql(`mutation($input: SignInInput!) { signIn(input: $input) { id } }`, {
    input: { email, password: PASSWORD },
  });
}

describe('OpenID Connect with oauth4webapi', { timeout: 120_000 }, () => {
  it('validates the ID token (signature, nonce, at_hash, auth_time with max_age) and userinfo', async () => {
    const { user, account, app } = await integration(server);
    const { client, nonce, response } = await codeFlow(user, app, { max_age: '600' });
    const result = await oauth.processAuthorizationCodeResponse(as, client, response, {
      expectedNonce: nonce,
      maxAge: 600,
    });
    await oauth.validateApplicationLevelSignature(as, response, insecure);
    const claims = oauth.getValidatedIdTokenClaims(result);
    expect(claims).toMatchObject({ sub: account.id, email: account.email, nonce });
    expect(claims?.auth_time).toBeLessThanOrEqual(Math.ceil(Date.now() / 1000));

    const info = await oauth.processUserInfoResponse(
      as,
      client,
      account.id,
      await oauth.userInfoRequest(as, client, result.access_token, insecure),
    );
    expect(info).toEqual({ sub: account.id, email: account.email, email_verified: false });
  });

  it('rejects an ID token checked against another nonce', async () => {
    const { user, app } = await integration(server);
    const { client, response } = await codeFlow(user, app);
    await expect(
      oauth.processAuthorizationCodeResponse(as, client, response, {
        expectedNonce: oauth.generateRandomNonce(),
      }),
    ).rejects.toMatchObject({
      code: 'OAUTH_JWT_CLAIM_COMPARISON_FAILED',
      cause: { claim: 'nonce' },
    });
  });

  it('asks for a new sign-in with prompt=login, and auth_time tells the client it happened', async () => {
    const { user, account, app } = await integration(server);
    const first = await codeFlow(user, app);
    const firstClaims = oauth.getValidatedIdTokenClaims(
      await oauth.processAuthorizationCodeResponse(as, first.client, first.response, {
        expectedNonce: first.nonce,
      }),
    );

    const link = await authorizeLink(app.clientId, {
      prompt: 'login',
      login_hint: account.email,
    });
    const asked = await user.fetch(`${link.url.pathname}${link.url.search}`);
    const signInPage = new URL(asked.headers.get('location') ?? '', server.url);
    expect(signInPage.pathname).toBe('/signin');
    expect(signInPage.searchParams.get('login_hint')).toBe(account.email);
    // The session stays until the new sign-in replaces it, but the link again sends the user to
    // sign in, not back to the app.
    const again = await user.fetch(`${link.url.pathname}${link.url.search}`);
    expect(again.headers.get('location')).toMatch(/^\/signin\?/);

    // A second later at least, so a new sign-in shows in auth_time's whole seconds.
    await new Promise((done) => setTimeout(done, 1100));
    const signedInAt = Math.floor(Date.now() / 1000);
    expect((await signInAgain(user, account.email)).data).not.toBeNull();
    // The sign-in page returns to the link without prompt=login, which now goes through.
    const returnTo = new URL(signInPage.searchParams.get('return_to') ?? '', server.url);
    expect(returnTo.searchParams.get('prompt')).toBeNull();
    const fresh = await exchange(app, link, await approveInBrowser(user, returnTo));
    const claims = oauth.getValidatedIdTokenClaims(
      await oauth.processAuthorizationCodeResponse(as, fresh.client, fresh.response, {
        expectedNonce: fresh.nonce,
      }),
    );
    expect(claims?.auth_time).toBeGreaterThanOrEqual(signedInAt);
    expect(claims?.auth_time).toBeGreaterThan(firstClaims?.auth_time ?? Infinity);
  });
});
