import { createRemoteJWKSet, decodeJwt, jwtVerify } from 'jose';
import * as client from 'openid-client';
import { describe, expect, it } from 'vitest';
import { TestClient, signUp } from '../helpers/client.js';
import { useTestServer, type TestServer } from '../helpers/server.js';
import { LOOPBACK_REDIRECT, approveInBrowser, integration } from '../oauth/interop.js';
import { eventually, fetchJwks, kidOf, rotateSigningKeys } from './support.js';

const server = useTestServer();

/** OpenID Connect Discovery in OIDC mode; ID token signatures checked against the JWKS. */
async function discover(on: TestServer, clientId: string, secret: string) {
  const config = await client.discovery(
    new URL(on.config.publicUrl),
    clientId,
    undefined,
    client.ClientSecretBasic(secret),
    { execute: [client.allowInsecureRequests] },
  );
  client.enableNonRepudiationChecks(config);
  return config;
}

/** An OpenID sign-in as the library drives it: the authorize URL with PKCE, state and nonce. */
async function signIn(
  config: client.Configuration,
  user: TestClient,
  options: { scope?: string; nonce?: string; extra?: Record<string, string> } = {},
) {
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = options.nonce ?? client.randomNonce();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: LOOPBACK_REDIRECT,
    scope: options.scope ?? 'openid profile email read',
    state,
    nonce,
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    ...options.extra,
  });
  const callback = await approveInBrowser(user, url);
  return { callback, verifier, state, nonce };
}

describe('OpenID Connect with openid-client', { timeout: 120_000 }, () => {
  it('signs in: discovery, code with PKCE and nonce, a verified ID token, userinfo, refresh, revocation', async () => {
    const { user, account, app } = await integration(server);
    const config = await discover(server, app.clientId, app.clientSecret);
    const { callback, verifier, state, nonce } = await signIn(config, user);
    const tokens = await client.authorizationCodeGrant(config, callback, {
      pkceCodeVerifier: verifier,
      expectedState: state,
      expectedNonce: nonce,
      maxAge: 300,
    });
    const claims = tokens.claims();
    expect(claims).toMatchObject({
      iss: server.config.publicUrl,
      sub: account.id,
      aud: app.clientId,
      nonce,
      name: 'Interop User',
      email: account.email,
      email_verified: false,
    });
    expect(claims?.sub).not.toBe(account.email);
    expect(typeof claims?.auth_time).toBe('number');
    expect(typeof claims?.at_hash).toBe('string');
    expect(tokens.scope).toBe('read openid profile email');

    const info = await client.fetchUserInfo(config, tokens.access_token, account.id);
    expect(info).toEqual({
      sub: account.id,
      name: 'Interop User',
      email: account.email,
      email_verified: false,
    });

    const refreshed = await client.refreshTokenGrant(config, tokens.refresh_token ?? '');
    // OIDC Core §12.2: same subject and audience, the original sign-in time, no nonce.
    expect(refreshed.claims()).toMatchObject({
      sub: account.id,
      aud: app.clientId,
      auth_time: claims?.auth_time,
    });
    expect(refreshed.claims()?.nonce).toBeUndefined();

    await client.tokenRevocation(config, refreshed.refresh_token ?? '');
    const afterRevocation = await client
      .fetchUserInfo(config, refreshed.access_token, account.id)
      .catch((error: unknown) => error);
    expect(afterRevocation).toBeInstanceOf(client.WWWAuthenticateChallengeError);
    expect(afterRevocation).toMatchObject({ status: 401 });
  });

  it('releases only what the scopes ask for: no name or email without profile and email', async () => {
    const { user, account, app } = await integration(server);
    const config = await discover(server, app.clientId, app.clientSecret);
    const { callback, verifier, state, nonce } = await signIn(config, user, {
      scope: 'openid read',
    });
    const tokens = await client.authorizationCodeGrant(config, callback, {
      pkceCodeVerifier: verifier,
      expectedState: state,
      expectedNonce: nonce,
    });
    const claims = tokens.claims();
    expect(claims?.sub).toBe(account.id);
    expect(claims).not.toHaveProperty('email');
    expect(claims).not.toHaveProperty('name');
    expect(await client.fetchUserInfo(config, tokens.access_token, account.id)).toEqual({
      sub: account.id,
    });
  });

  it('gives no ID token and no userinfo to a grant without openid', async () => {
    const { user, app } = await integration(server);
    const config = await discover(server, app.clientId, app.clientSecret);
    const { callback, verifier, state } = await signIn(config, user, { scope: 'read' });
    const tokens = await client.authorizationCodeGrant(config, callback, {
      pkceCodeVerifier: verifier,
      expectedState: state,
    });
    expect(tokens.id_token).toBeUndefined();
    const response = await fetch(new URL('/oauth/userinfo', server.url), {
      headers: { authorization: `Bearer ${tokens.access_token}` },
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('www-authenticate')).toMatch(/error="insufficient_scope"/);
    expect(await response.json()).toMatchObject({ error: 'insufficient_scope' });
  });

  it('rejects an ID token whose nonce is not the one sent', async () => {
    const { user, app } = await integration(server);
    const config = await discover(server, app.clientId, app.clientSecret);
    const { callback, verifier, state } = await signIn(config, user);
    const failed = await client
      .authorizationCodeGrant(config, callback, {
        pkceCodeVerifier: verifier,
        expectedState: state,
        expectedNonce: client.randomNonce(),
      })
      .catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(client.ClientError);
    expect(failed).toMatchObject({ cause: { cause: { claim: 'nonce' } } });
  });

  it('answers prompt=none silently: a code once consented, consent_required and login_required otherwise', async () => {
    const { user, app } = await integration(server);
    const config = await discover(server, app.clientId, app.clientSecret);

    const first = await signIn(config, user, { extra: { prompt: 'none' } });
    expect(first.callback.searchParams.get('error')).toBe('consent_required');
    const failed = await client
      .authorizationCodeGrant(config, first.callback, {
        pkceCodeVerifier: first.verifier,
        expectedState: first.state,
        expectedNonce: first.nonce,
      })
      .catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(client.AuthorizationResponseError);
    expect(failed).toMatchObject({ error: 'consent_required' });

    await signIn(config, user);
    const silent = await signIn(config, user, { extra: { prompt: 'none' } });
    const tokens = await client.authorizationCodeGrant(config, silent.callback, {
      pkceCodeVerifier: silent.verifier,
      expectedState: silent.state,
      expectedNonce: silent.nonce,
    });
    expect(tokens.claims()?.nonce).toBe(silent.nonce);

    const stranger = new TestClient(server.url);
    const signedOut = await signIn(config, stranger, { extra: { prompt: 'none' } });
    expect(signedOut.callback.searchParams.get('error')).toBe('login_required');
    expect(signedOut.callback.searchParams.get('state')).toBe(signedOut.state);
  });

  it('verifies ID tokens signed before and after a key rotation', async () => {
    const { user, app } = await integration(server);
    const grant = async (config: client.Configuration) => {
      const { callback, verifier, state, nonce } = await signIn(config, user);
      return client.authorizationCodeGrant(config, callback, {
        pkceCodeVerifier: verifier,
        expectedState: state,
        expectedNonce: nonce,
      });
    };
    const before = (await grant(await discover(server, app.clientId, app.clientSecret))).id_token;
    if (!before) throw new Error('no ID token');
    expect(await rotateSigningKeys(server)).not.toMatch(/PRIVATE|"d"/);
    // Every instance re-reads the keys within seconds; this one is asked until it signs anew.
    // A fresh configuration, as a client does once its key set cache is old enough to refetch.
    let after = '';
    await eventually(async () => {
      const config = await discover(server, app.clientId, app.clientSecret);
      after = (await grant(config)).id_token ?? '';
      return kidOf(after) !== kidOf(before);
    }, 'an ID token signed with the new key');

    const keys = createRemoteJWKSet(new URL('/oauth/jwks', server.url));
    const options = { issuer: server.config.publicUrl, audience: app.clientId };
    await expect(jwtVerify(before, keys, options)).resolves.toBeDefined();
    await expect(jwtVerify(after, keys, options)).resolves.toBeDefined();
  });
});

describe('the JWKS', { timeout: 120_000 }, () => {
  it('publishes public keys only, cacheable', async () => {
    const response = await fetch(new URL('/oauth/jwks', server.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toMatch(/max-age=\d+/);
    const { keys } = (await response.json()) as { keys: Record<string, unknown>[] };
    // An active key per algorithm apps may register, and any retired one still needed.
    expect(keys.length).toBeGreaterThan(1);
    expect(new Set(keys.map((k) => k.alg))).toEqual(new Set(['RS256', 'ES256']));
    for (const key of keys) {
      for (const secret of ['d', 'p', 'q', 'dp', 'dq', 'qi'])
        expect(key).not.toHaveProperty(secret);
    }
  });
});

describe('retired signing keys', { timeout: 120_000 }, () => {
  const shortLived = useTestServer({ ID_TOKEN_TTL: '1' });

  it('are removed once their ID tokens have expired, and a token they signed no longer verifies', async () => {
    const { user, app } = await integration(shortLived);
    const config = await discover(shortLived, app.clientId, app.clientSecret);
    const { callback, verifier, state, nonce } = await signIn(config, user);
    const old = (
      await client.authorizationCodeGrant(config, callback, {
        pkceCodeVerifier: verifier,
        expectedState: state,
        expectedNonce: nonce,
      })
    ).id_token;
    if (!old) throw new Error('no ID token');
    await rotateSigningKeys(shortLived);
    await eventually(
      async () => !(await fetchJwks(shortLived)).keys.some((k) => k.kid === kidOf(old)),
      'the retired key left the JWKS',
    );
    // Checked as of its own issue time, so only the missing key can make it fail.
    const issuedAt = new Date((decodeJwt(old).iat ?? 0) * 1000);
    const keys = createRemoteJWKSet(new URL('/oauth/jwks', shortLived.url));
    await expect(
      jwtVerify(old, keys, { issuer: shortLived.config.publicUrl, currentDate: issuedAt }),
    ).rejects.toMatchObject({ code: 'ERR_JWKS_NO_MATCHING_KEY' });
  });
});

describe('userinfo', { timeout: 120_000 }, () => {
  it('answers 401 with a Bearer challenge for a missing or unknown token, on GET and POST', async () => {
    const user = new TestClient(server.url);
    await signUp(user);
    for (const method of ['GET', 'POST']) {
      const none = await fetch(new URL('/oauth/userinfo', server.url), { method });
      expect(none.status).toBe(401);
      expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
      const unknown = await fetch(new URL('/oauth/userinfo', server.url), {
        method,
        headers: { authorization: 'Bearer bnd_at_not-a-token' },
      });
      expect(unknown.status).toBe(401);
      expect(unknown.headers.get('www-authenticate')).toMatch(/error="invalid_token"/);
    }
  });
});
