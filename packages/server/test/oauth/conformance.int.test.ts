import * as oauth from 'oauth4webapi';
import { describe, expect, it } from 'vitest';
import { TestClient, signUp } from '../helpers/client.js';
import { authorize, createApp, type TestApp } from '../helpers/oauth.js';
import { useTestServer } from '../helpers/server.js';

const server = useTestServer();

// The test server listens on loopback http; the library refuses http unless told otherwise.
const insecure = { [oauth.allowInsecureRequests]: true } as const;
const REDIRECT_URI = 'http://127.0.0.1:43110/callback';

/**
 * The whole protocol driven by a standard client library with its own validation on:
 * discovery, authorize with PKCE (the browser part played by TestClient), code exchange with
 * `iss` checked, an API call, refresh, introspection and revocation.
 */
async function runFlow(clientAuthFor: (app: TestApp) => oauth.ClientAuth, requireSecret: boolean) {
  const user = new TestClient(server.url);
  const account = await signUp(user, 'Conformance User');
  const app = await createApp(user, { requireSecret, redirectUris: [REDIRECT_URI] });
  const clientAuth = clientAuthFor(app);
  const client: oauth.Client = { client_id: app.clientId };

  const issuer = new URL(server.config.publicUrl);
  const as = await oauth.processDiscoveryResponse(
    issuer,
    await oauth.discoveryRequest(issuer, { algorithm: 'oauth2', ...insecure }),
  );
  expect(as.authorization_response_iss_parameter_supported).toBe(true);

  const verifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  const authorizationUrl = new URL(String(as.authorization_endpoint));
  authorizationUrl.search = new URLSearchParams({
    response_type: 'code',
    client_id: app.clientId,
    redirect_uri: REDIRECT_URI,
    scope: 'read write',
    state,
    code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
  }).toString();
  const answered = await authorize(user, Object.fromEntries(authorizationUrl.searchParams));

  const callback = oauth.validateAuthResponse(as, client, answered.location, state);
  const codeResponse = await oauth.authorizationCodeGrantRequest(
    as,
    client,
    clientAuth,
    callback,
    REDIRECT_URI,
    verifier,
    insecure,
  );
  const tokens = await oauth.processAuthorizationCodeResponse(as, client, codeResponse);
  expect(tokens.token_type).toBe('bearer');
  expect(tokens.scope).toBe('read write');
  expect(tokens.refresh_token).toMatch(/^bnd_rt_/);

  const me = await oauth.protectedResourceRequest(
    tokens.access_token,
    'GET',
    new URL('/consumer/v1/me', server.url),
    undefined,
    undefined,
    insecure,
  );
  expect(me.status).toBe(200);
  expect(await me.json()).toMatchObject({ id: account.id, email: account.email });

  const refreshed = await oauth.processRefreshTokenResponse(
    as,
    client,
    await oauth.refreshTokenGrantRequest(
      as,
      client,
      clientAuth,
      tokens.refresh_token ?? '',
      insecure,
    ),
  );
  expect(refreshed.refresh_token).not.toBe(tokens.refresh_token);

  if (requireSecret) {
    const introspection = await oauth.processIntrospectionResponse(
      as,
      client,
      await oauth.introspectionRequest(as, client, clientAuth, refreshed.access_token, insecure),
    );
    expect(introspection).toMatchObject({
      active: true,
      client_id: app.clientId,
      sub: account.id,
      scope: 'read write',
    });
  } else {
    // RFC 7662 §2.1: a public client cannot authenticate, so it may not introspect.
    const refused = oauth.processIntrospectionResponse(
      as,
      client,
      await oauth.introspectionRequest(as, client, clientAuth, refreshed.access_token, insecure),
    );
    await expect(refused).rejects.toBeInstanceOf(oauth.WWWAuthenticateChallengeError);
  }

  await oauth.processRevocationResponse(
    await oauth.revocationRequest(as, client, clientAuth, refreshed.refresh_token ?? '', insecure),
  );
  // The revoked token is refused with an RFC 6750 §3 challenge the library parses.
  const afterRevocation = await oauth
    .protectedResourceRequest(
      refreshed.access_token,
      'GET',
      new URL('/consumer/v1/me', server.url),
      undefined,
      undefined,
      insecure,
    )
    .catch((error: unknown) => error);
  expect(afterRevocation).toBeInstanceOf(oauth.WWWAuthenticateChallengeError);
  expect((afterRevocation as oauth.WWWAuthenticateChallengeError).cause[0]).toMatchObject({
    scheme: 'bearer',
    parameters: { error: 'invalid_token' },
  });
  if (requireSecret) {
    const introspected = await oauth.processIntrospectionResponse(
      as,
      client,
      await oauth.introspectionRequest(as, client, clientAuth, refreshed.access_token, insecure),
    );
    expect(introspected.active).toBe(false);
  }

  const secrets = [app.clientSecret, answered.code, tokens.access_token, tokens.refresh_token];
  const logs = server.logs.join('\n');
  for (const secret of secrets) if (secret) expect(logs).not.toContain(secret);
  for (const secret of [refreshed.access_token, refreshed.refresh_token, verifier])
    if (secret) expect(logs).not.toContain(secret);
}

describe('conformance with oauth4webapi', () => {
  it('runs the whole flow as a public client (none + PKCE)', async () => {
    await runFlow(() => oauth.None(), false);
  });

  it('runs the whole flow as a confidential client (client_secret_basic)', async () => {
    await runFlow((app) => oauth.ClientSecretBasic(app.clientSecret ?? ''), true);
  });

  it('runs the whole flow as a confidential client (client_secret_post)', async () => {
    await runFlow((app) => oauth.ClientSecretPost(app.clientSecret ?? ''), true);
  });
});
