import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import * as client from 'openid-client';
import { describe, expect, it } from 'vitest';
import type { TestClient } from '../helpers/client.js';
import { useTestServer } from '../helpers/server.js';
import { LOOPBACK_REDIRECT, approveInBrowser, integration } from '../oauth/interop.js';
import { userWithApp } from '../oauth/support.js';
import { fetchJwks } from './support.js';

const server = useTestServer();

/** The owner's REST edit of the app's ID token algorithm. */
async function setAlg(owner: TestClient, clientId: string, alg: unknown): Promise<Response> {
  return owner.fetch(`/consumer/v1/oauth/clients/${clientId}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', origin: server.url },
    body: JSON.stringify({ id_token_signed_response_alg: alg }),
  });
}

/**
 * A whole sign-in as openid-client v6 drives it, the client configured with the algorithm it
 * registered (Registration §2): the library refuses an ID token signed with any other one.
 */
async function signInWith(alg: 'RS256' | 'ES256', register: boolean) {
  const { user, account, app } = await integration(server);
  if (register) expect((await setAlg(user, app.clientId, alg)).status).toBe(200);
  const config = await client.discovery(
    new URL(server.config.publicUrl),
    app.clientId,
    { id_token_signed_response_alg: alg },
    client.ClientSecretBasic(app.clientSecret),
    { execute: [client.allowInsecureRequests] },
  );
  client.enableNonRepudiationChecks(config);
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: LOOPBACK_REDIRECT,
    scope: 'openid profile read',
    state,
    nonce,
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
  });
  const callback = await approveInBrowser(user, url);
  const tokens = await client.authorizationCodeGrant(config, callback, {
    pkceCodeVerifier: verifier,
    expectedState: state,
    expectedNonce: nonce,
  });
  return { config, tokens, account, app };
}

describe('the ID token signing algorithm an app registers', { timeout: 120_000 }, () => {
  it('signs an ES256 app’s ID tokens with ES256, which openid-client verifies, on refresh too', async () => {
    const { config, tokens, account, app } = await signInWith('ES256', true);
    expect(tokens.claims()).toMatchObject({ sub: account.id, aud: app.clientId });
    const idToken = tokens.id_token ?? '';
    const header = decodeProtectedHeader(idToken);
    expect(header.alg).toBe('ES256');
    const jwks = await fetchJwks(server);
    expect(jwks.keys.find((k) => k.kid === header.kid)).toMatchObject({ alg: 'ES256', kty: 'EC' });
    const keys = createRemoteJWKSet(new URL('/oauth/jwks', server.url));
    await expect(
      jwtVerify(idToken, keys, {
        issuer: server.config.publicUrl,
        audience: app.clientId,
        algorithms: ['ES256'],
      }),
    ).resolves.toBeDefined();

    const refreshed = await client.refreshTokenGrant(config, tokens.refresh_token ?? '');
    expect(decodeProtectedHeader(refreshed.id_token ?? '').alg).toBe('ES256');
    expect(refreshed.claims()?.sub).toBe(account.id);
  });

  it('still signs an app that registered nothing with RS256', async () => {
    const { tokens } = await signInWith('RS256', false);
    expect(decodeProtectedHeader(tokens.id_token ?? '').alg).toBe('RS256');
  });

  it('makes openid-client refuse an RS256 ID token when the client expects ES256', async () => {
    const failed = await signInWith('ES256', false).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(client.ClientError);
  });

  it('publishes one active key per algorithm in the JWKS and discovery', async () => {
    const { keys } = await fetchJwks(server);
    expect(new Set(keys.map((k) => k.alg))).toEqual(new Set(['RS256', 'ES256']));
    const metadata = (await (
      await fetch(new URL('/.well-known/openid-configuration', server.url))
    ).json()) as { id_token_signing_alg_values_supported: string[] };
    expect(metadata.id_token_signing_alg_values_supported).toEqual(['RS256', 'ES256']);
  });
});

describe('the setting, through REST and GraphQL', { timeout: 120_000 }, () => {
  it('is RS256 by default, set and read on create and update', async () => {
    const { client: owner, app } = await userWithApp(server);
    const read = await owner.gql<{ ownedOAuthApp: { idTokenSignedResponseAlg: string } }>(
      'query($c: String!) { ownedOAuthApp(clientId: $c) { idTokenSignedResponseAlg } }',
      { c: app.clientId },
    );
    expect(read.data?.ownedOAuthApp.idTokenSignedResponseAlg).toBe('RS256');

    const updated = await owner.gql<{ updateOAuthApp: { idTokenSignedResponseAlg: string } }>(
      'mutation($c: String!) { updateOAuthApp(clientId: $c, input: { idTokenSignedResponseAlg: "ES256" }) { idTokenSignedResponseAlg } }',
      { c: app.clientId },
    );
    expect(updated.data?.updateOAuthApp.idTokenSignedResponseAlg).toBe('ES256');
    const rest = await owner.fetch(`/consumer/v1/oauth/clients/${app.clientId}`);
    expect(await rest.json()).toMatchObject({ id_token_signed_response_alg: 'ES256' });

    const back = await setAlg(owner, app.clientId, 'RS256');
    expect(back.status).toBe(200);
    expect(await back.json()).toMatchObject({ id_token_signed_response_alg: 'RS256' });

    const created = await owner.gql<{
      createOAuthApp: { app: { idTokenSignedResponseAlg: string } };
    }>(
      'mutation { createOAuthApp(input: { name: "Curve", redirectUris: ["https://curve.example/cb"], requireSecret: false, idTokenSignedResponseAlg: "ES256" }) { app { idTokenSignedResponseAlg } } }',
    );
    expect(created.data?.createOAuthApp.app.idTokenSignedResponseAlg).toBe('ES256');

    const posted = await owner.fetch('/consumer/v1/oauth/clients', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.url },
      body: JSON.stringify({
        name: 'Curve REST',
        redirect_uris: ['https://curve.example/cb'],
        require_secret: false,
        id_token_signed_response_alg: 'ES256',
      }),
    });
    expect(posted.status).toBe(201);
    expect(await posted.json()).toMatchObject({ id_token_signed_response_alg: 'ES256' });
  });

  it.each(['HS256', 'none', 'es256'])('refuses %s on REST (400) and GraphQL', async (alg) => {
    const { client: owner, app } = await userWithApp(server);
    const rest = await setAlg(owner, app.clientId, alg);
    expect(rest.status).toBe(400);

    const gql = await owner.gql<{ updateOAuthApp: { idTokenSignedResponseAlg: string } }>(
      'mutation($c: String!, $a: String!) { updateOAuthApp(clientId: $c, input: { idTokenSignedResponseAlg: $a }) { idTokenSignedResponseAlg } }',
      { c: app.clientId, a: alg },
    );
    expect(gql.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const created = await owner.gql(
      'mutation($a: String!) { createOAuthApp(input: { name: "Bad", redirectUris: ["https://bad.example/cb"], requireSecret: false, idTokenSignedResponseAlg: $a }) { app { clientId } } }',
      { a: alg },
    );
    expect(created.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const read = await owner.gql<{ ownedOAuthApp: { idTokenSignedResponseAlg: string } }>(
      'query($c: String!) { ownedOAuthApp(clientId: $c) { idTokenSignedResponseAlg } }',
      { c: app.clientId },
    );
    expect(read.data?.ownedOAuthApp.idTokenSignedResponseAlg).toBe('RS256');
  });
});
