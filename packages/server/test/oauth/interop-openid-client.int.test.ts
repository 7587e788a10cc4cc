import * as client from 'openid-client';
import { describe, expect, it } from 'vitest';
import { useTestServer } from '../helpers/server.js';
import { LOOPBACK_REDIRECT, approveInBrowser, callApi, integration } from './interop.js';

const server = useTestServer();

/** RFC 8414 discovery; the test server is loopback http, which the library refuses unless told. */
async function discover(clientId: string, secret: string) {
  return client.discovery(
    new URL(server.config.publicUrl),
    clientId,
    undefined,
    client.ClientSecretBasic(secret),
    { algorithm: 'oauth2', execute: [client.allowInsecureRequests] },
  );
}

describe('interop with openid-client', () => {
  it('runs the whole flow: discovery, code with PKCE, a call, refresh, introspection, revocation', async () => {
    const { user, account, app } = await integration(server);
    const config = await discover(app.clientId, app.clientSecret);
    expect(config.serverMetadata().issuer).toBe(server.config.publicUrl);

    const verifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const authorizationUrl = client.buildAuthorizationUrl(config, {
      redirect_uri: LOOPBACK_REDIRECT,
      scope: 'read write',
      state,
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
    });
    const callback = await approveInBrowser(user, authorizationUrl);
    // The library checks state and, since the metadata says so, iss (RFC 9207).
    const tokens = await client.authorizationCodeGrant(config, callback, {
      pkceCodeVerifier: verifier,
      expectedState: state,
    });
    expect(tokens.scope).toBe('read write');
    expect(tokens.expiresIn()).toBeGreaterThan(0);

    const me = await client.fetchProtectedResource(
      config,
      tokens.access_token,
      new URL('/consumer/v1/me', server.url),
      'GET',
    );
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ id: account.id, email: account.email });

    const refreshed = await client.refreshTokenGrant(config, tokens.refresh_token ?? '');
    expect(refreshed.refresh_token).not.toBe(tokens.refresh_token);

    expect(await client.tokenIntrospection(config, refreshed.access_token)).toMatchObject({
      active: true,
      client_id: app.clientId,
      sub: account.id,
      scope: 'read write',
    });

    await client.tokenRevocation(config, refreshed.refresh_token ?? '');
    expect(await client.tokenIntrospection(config, refreshed.access_token)).toMatchObject({
      active: false,
    });
    expect((await callApi(server, refreshed.access_token)).status).toBe(401);
  });

  it('surfaces a bad code as the invalid_grant error', async () => {
    const { app } = await integration(server);
    const config = await discover(app.clientId, app.clientSecret);
    const state = client.randomState();
    const callback = new URL(LOOPBACK_REDIRECT);
    callback.search = new URLSearchParams({
      code: 'not-a-code',
      state,
      iss: server.config.publicUrl,
    }).toString();
    const failed = await client
      .authorizationCodeGrant(config, callback, {
        pkceCodeVerifier: client.randomPKCECodeVerifier(),
        expectedState: state,
      })
      .catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(client.ResponseBodyError);
    expect(failed).toMatchObject({ error: 'invalid_grant', status: 400 });
  });
});
