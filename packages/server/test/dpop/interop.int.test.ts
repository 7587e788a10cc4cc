import * as oauth from 'oauth4webapi';
import * as client from 'openid-client';
import { describe, expect, it } from 'vitest';
import { TestClient, signUp } from '../helpers/client.js';
import { createApp } from '../helpers/oauth.js';
import { useTestServer } from '../helpers/server.js';
import { LOOPBACK_REDIRECT, approveInBrowser } from '../oauth/interop.js';

const server = useTestServer();

async function userAndApp(requireSecret: boolean) {
  const user = new TestClient(server.url);
  const account = await signUp(user, 'DPoP User');
  const app = await createApp(user, { requireSecret, redirectUris: [LOOPBACK_REDIRECT] });
  return { user, account, app };
}

describe('DPoP with openid-client (RFC 9449)', () => {
  it.each([
    ['a public app', false],
    ['a confidential app', true],
  ])(
    'runs the whole flow for %s: code, a REST and a GraphQL call, refresh, introspection, revocation',
    async (_label, requireSecret) => {
      const { user, account, app } = await userAndApp(requireSecret);
      const config = await client.discovery(
        new URL(server.config.publicUrl),
        app.clientId,
        undefined,
        app.clientSecret === null ? client.None() : client.ClientSecretBasic(app.clientSecret),
        { algorithm: 'oauth2', execute: [client.allowInsecureRequests] },
      );
      expect(config.serverMetadata().dpop_signing_alg_values_supported).toContain('ES256');
      const DPoP = client.getDPoPHandle(config, await client.randomDPoPKeyPair());

      const verifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const authorizationUrl = client.buildAuthorizationUrl(config, {
        redirect_uri: LOOPBACK_REDIRECT,
        scope: 'read write',
        state,
        code_challenge: await client.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
        // §10: the code is bound to the key as well.
        dpop_jkt: await DPoP.calculateThumbprint(),
      });
      const callback = await approveInBrowser(user, authorizationUrl);
      // The first proof has no nonce: the library retries with the one the server sent (§8).
      const tokens = await client.authorizationCodeGrant(
        config,
        callback,
        { pkceCodeVerifier: verifier, expectedState: state },
        undefined,
        { DPoP },
      );
      expect(tokens.token_type).toBe('dpop');

      const me = await client.fetchProtectedResource(
        config,
        tokens.access_token,
        new URL('/consumer/v1/me', server.url),
        'GET',
        undefined,
        undefined,
        { DPoP },
      );
      expect(me.status).toBe(200);
      expect(await me.json()).toMatchObject({ id: account.id });
      const graphql = await client.fetchProtectedResource(
        config,
        tokens.access_token,
        new URL('/graphql', server.url),
        'POST',
        JSON.stringify({ query: '{ viewer { id } }' }),
        new Headers({ 'content-type': 'application/json' }),
        { DPoP },
      );
      expect(await graphql.json()).toEqual({ data: { viewer: { id: account.id } } });

      const refreshed = await client.refreshTokenGrant(
        config,
        tokens.refresh_token ?? '',
        undefined,
        { DPoP },
      );
      expect(refreshed.token_type).toBe('dpop');

      if (requireSecret) {
        expect(await client.tokenIntrospection(config, refreshed.access_token)).toMatchObject({
          active: true,
          token_type: 'DPoP',
          cnf: { jkt: await DPoP.calculateThumbprint() },
        });
      }
      await client.tokenRevocation(config, refreshed.refresh_token ?? '');
      const failed = await client
        .fetchProtectedResource(
          config,
          refreshed.access_token,
          new URL('/consumer/v1/me', server.url),
          'GET',
          undefined,
          undefined,
          { DPoP },
        )
        .catch((error: unknown) => error);
      // The library reads the §7.1 challenge: the revoked token is refused.
      expect(failed).toBeInstanceOf(client.WWWAuthenticateChallengeError);
      expect((failed as client.WWWAuthenticateChallengeError).cause[0]).toMatchObject({
        scheme: 'dpop',
        parameters: { error: 'invalid_token', algs: 'ES256 EdDSA RS256' },
      });
    },
  );
});

describe('DPoP with oauth4webapi', () => {
  it('exchanges a code, retries on the nonce error, and calls the API', async () => {
    const { user, account, app } = await userAndApp(false);
    const issuer = new URL(server.config.publicUrl);
    const as = await oauth.processDiscoveryResponse(
      issuer,
      await oauth.discoveryRequest(issuer, {
        algorithm: 'oauth2',
        [oauth.allowInsecureRequests]: true,
      }),
    );
    const oauthClient: oauth.Client = { client_id: app.clientId };
    const DPoP = oauth.DPoP(oauthClient, await oauth.generateKeyPair('ES256'));
    const verifier = oauth.generateRandomCodeVerifier();
    const url = new URL(as.authorization_endpoint ?? '');
    url.search = new URLSearchParams({
      response_type: 'code',
      client_id: app.clientId,
      redirect_uri: LOOPBACK_REDIRECT,
      scope: 'read',
      code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
    }).toString();
    const callback = await approveInBrowser(user, url);
    const params = oauth.validateAuthResponse(as, oauthClient, callback);

    const exchange = () =>
      oauth.authorizationCodeGrantRequest(
        as,
        oauthClient,
        oauth.None(),
        params,
        LOOPBACK_REDIRECT,
        verifier,
        { DPoP, [oauth.allowInsecureRequests]: true },
      );
    let nonceErrors = 0;
    let tokens: oauth.TokenEndpointResponse;
    try {
      tokens = await oauth.processAuthorizationCodeResponse(as, oauthClient, await exchange());
    } catch (error) {
      if (!oauth.isDPoPNonceError(error)) throw error;
      nonceErrors += 1;
      tokens = await oauth.processAuthorizationCodeResponse(as, oauthClient, await exchange());
    }
    expect(nonceErrors).toBe(1);
    expect(tokens.token_type).toBe('dpop');

    const call = () =>
      oauth.protectedResourceRequest(
        tokens.access_token,
        'GET',
        new URL('/consumer/v1/me', server.url),
        undefined,
        undefined,
        { DPoP, [oauth.allowInsecureRequests]: true },
      );
    // The handle kept the token endpoint's nonce, which the API accepts too.
    const me = await call();
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ id: account.id });
  });
});
