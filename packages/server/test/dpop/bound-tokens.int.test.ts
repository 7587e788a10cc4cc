import { describe, expect, it } from 'vitest';
import { calculateJwkThumbprint } from 'jose';
import { authorize, pendingCode, pkcePair, postAsApp, type TestApp } from '../helpers/oauth.js';
import { useTestServer } from '../helpers/server.js';
import { authorizeParams, userWithApp } from '../oauth/support.js';
import {
  ProofKey,
  boundTokens,
  currentNonce,
  dpopFetch,
  tokenRequest,
  type Answer,
} from './support.js';

const server = useTestServer();

const tokenUrl = () => `${server.url}/oauth/token`;
const proofFor = async (key: ProofKey) =>
  key.proof('POST', tokenUrl(), { nonce: await currentNonce(server.url) });
const refresh = async (app: TestApp, refreshToken: string, key?: ProofKey) =>
  tokenRequest(
    server.url,
    app,
    { grant_type: 'refresh_token', refresh_token: refreshToken },
    key && (await proofFor(key)),
  );
const asBearer = (token: string, path = '/consumer/v1/me') =>
  fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
const expectDpopChallenge = (response: Response | Answer, error: string) => {
  const challenge = response.headers.get('www-authenticate') ?? '';
  expect(challenge).toMatch(new RegExp(`^DPoP error="${error}"`));
  expect(challenge).toContain('algs="ES256 EdDSA RS256"');
};

describe('DPoP-bound tokens (RFC 9449)', () => {
  it('binds the tokens to the key, and the API accepts them only as DPoP with a matching proof', async () => {
    const { client, app, user } = await userWithApp(server, { requireSecret: false });
    const key = await ProofKey.generate();
    const tokens = await boundTokens(server.url, client, app, key);
    expect(tokens.token_type).toBe('DPoP');

    const me = await dpopFetch(server.url, '/consumer/v1/me', tokens.access_token, key);
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ id: user.id });

    const created = await dpopFetch(server.url, '/consumer/v1/notes', tokens.access_token, key, {
      method: 'POST',
      body: JSON.stringify({ title: 'Bound', body: 'note' }),
    });
    expect(created.status).toBe(201);

    const graphql = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `DPoP ${tokens.access_token}`,
        dpop: await key.proof('POST', `${server.url}/graphql`, {
          nonce: await currentNonce(server.url),
          accessToken: tokens.access_token,
        }),
      },
      body: JSON.stringify({ query: '{ viewer { id } }' }),
    });
    expect(await graphql.json()).toEqual({ data: { viewer: { id: user.id } } });
  });

  it('refuses a bound token presented as Bearer (§7.2), at REST and GraphQL', async () => {
    const { client, app } = await userWithApp(server, { requireSecret: false });
    const tokens = await boundTokens(server.url, client, app, await ProofKey.generate());
    const rest = await asBearer(tokens.access_token);
    expect(rest.status).toBe(401);
    expectDpopChallenge(rest, 'invalid_token');
    const graphql = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${tokens.access_token}`,
      },
      body: JSON.stringify({ query: '{ viewer { id } }' }),
    });
    expect(graphql.status).toBe(401);
    expectDpopChallenge(graphql, 'invalid_token');
  });

  it('makes a stolen bound token useless without its key, at the API and at refresh', async () => {
    const { client, app } = await userWithApp(server, { requireSecret: false });
    const key = await ProofKey.generate();
    const tokens = await boundTokens(server.url, client, app, key);
    const thief = await ProofKey.generate();
    const call = await dpopFetch(server.url, '/consumer/v1/me', tokens.access_token, thief);
    expect(call.status).toBe(401);
    expectDpopChallenge(call, 'invalid_token');
    const withoutProof = await refresh(app, tokens.refresh_token);
    expect([withoutProof.status, withoutProof.body.error]).toEqual([400, 'invalid_dpop_proof']);
    const withOtherKey = await refresh(app, tokens.refresh_token, thief);
    expect([withOtherKey.status, withOtherKey.body.error]).toEqual([400, 'invalid_dpop_proof']);
    // The owner of the key still can: the refused attempts spent nothing.
    const renewed = await refresh(app, tokens.refresh_token, key);
    expect(renewed.status).toBe(200);
    expect(renewed.body.token_type).toBe('DPoP');
  });

  it('refuses a proof for another URL, another method, another token or without the nonce (§7.1, §9)', async () => {
    const { client, app } = await userWithApp(server, { requireSecret: false });
    const key = await ProofKey.generate();
    const tokens = await boundTokens(server.url, client, app, key);
    const nonce = await currentNonce(server.url);
    const at = tokens.access_token;
    const cases: [string, { proof: string }][] = [
      [
        'invalid_dpop_proof',
        {
          proof: await key.proof('GET', `${server.url}/consumer/v1/notes`, {
            nonce,
            accessToken: at,
          }),
        },
      ],
      [
        'invalid_dpop_proof',
        {
          proof: await key.proof('POST', `${server.url}/consumer/v1/me`, {
            nonce,
            accessToken: at,
          }),
        },
      ],
      [
        'invalid_dpop_proof',
        {
          proof: await key.proof('GET', `${server.url}/consumer/v1/me`, {
            nonce,
            accessToken: 'x',
          }),
        },
      ],
      [
        'use_dpop_nonce',
        { proof: await key.proof('GET', `${server.url}/consumer/v1/me`, { accessToken: at }) },
      ],
    ];
    for (const [error, init] of cases) {
      const response = await dpopFetch(server.url, '/consumer/v1/me', at, key, init);
      expect(response.status).toBe(401);
      expectDpopChallenge(response, error);
      expect(response.headers.get('dpop-nonce')).toBe(nonce);
    }
    const proof = await key.proof('GET', `${server.url}/consumer/v1/me?x=1`, {
      nonce,
      accessToken: at,
    });
    expect((await dpopFetch(server.url, '/consumer/v1/me?x=1', at, key, { proof })).status).toBe(
      200,
    );
    const replayed = await dpopFetch(server.url, '/consumer/v1/me?x=1', at, key, { proof });
    expect(replayed.status).toBe(401);
    expectDpopChallenge(replayed, 'invalid_dpop_proof');
  });

  it('binds a confidential app’s access token but not its refresh token (§5)', async () => {
    const { client, app } = await userWithApp(server, { requireSecret: true });
    const key = await ProofKey.generate();
    const tokens = await boundTokens(server.url, client, app, key);
    expect(tokens.token_type).toBe('DPoP');
    // The refresh token is bound to the client's authentication instead.
    const renewed = await refresh(app, tokens.refresh_token);
    expect([renewed.status, renewed.body.token_type]).toEqual([200, 'Bearer']);
    const introspected = await introspect(app, tokens.access_token);
    expect(introspected).toMatchObject({
      active: true,
      token_type: 'DPoP',
      cnf: { jkt: await jktOf(key) },
    });
    expect(await introspect(app, String(renewed.body.access_token))).toMatchObject({
      active: true,
      token_type: 'Bearer',
    });
    expect(await introspect(app, String(renewed.body.access_token))).not.toHaveProperty('cnf');
  });

  it('revokes a bound token exactly as a bearer token', async () => {
    const { client, app } = await userWithApp(server, { requireSecret: true });
    const key = await ProofKey.generate();
    const tokens = await boundTokens(server.url, client, app, key);
    const revoked = await postAsApp(server, app, '/oauth/revoke', { token: tokens.refresh_token });
    expect(revoked.status).toBe(200);
    expect((await dpopFetch(server.url, '/consumer/v1/me', tokens.access_token, key)).status).toBe(
      401,
    );
    expect(await introspect(app, tokens.access_token)).toEqual({ active: false });
  });

  it('ends bound tokens when the app is deleted', async () => {
    const { client, app } = await userWithApp(server, { requireSecret: false });
    const key = await ProofKey.generate();
    const tokens = await boundTokens(server.url, client, app, key);
    const deleted = await client.gql(`mutation($c: String!) { deleteOAuthApp(clientId: $c) }`, {
      c: app.clientId,
    });
    expect(deleted.errors).toBeUndefined();
    expect((await dpopFetch(server.url, '/consumer/v1/me', tokens.access_token, key)).status).toBe(
      401,
    );
  });

  it('issues bearer tokens to a client that sends no proof, when the app does not require DPoP', async () => {
    const { client, app } = await userWithApp(server, { requireSecret: false });
    const { code, verifier, redirectUri } = await pendingCode(client, app);
    const answer = await tokenRequest(server.url, app, {
      grant_type: 'authorization_code',
      code,
      redirect_uri: redirectUri,
      code_verifier: verifier,
    });
    expect(answer.body.token_type).toBe('Bearer');
    expect(answer.headers.get('dpop-nonce')).toBeTruthy();
    expect((await asBearer(String(answer.body.access_token))).status).toBe(200);
  });
});

describe('dpop_jkt at authorize (§10)', () => {
  it('redeems the code only with a proof of that key', async () => {
    const { client, app } = await userWithApp(server, { requireSecret: false });
    const key = await ProofKey.generate();
    const other = await ProofKey.generate();
    const { verifier, challenge } = pkcePair();
    const params = authorizeParams(app, {
      code_challenge: challenge,
      code_challenge_method: 'S256',
      dpop_jkt: await jktOf(key),
    });
    const redeem = async (proofKey?: ProofKey) => {
      const result = await authorize(client, params);
      return tokenRequest(
        server.url,
        app,
        {
          grant_type: 'authorization_code',
          code: result.code ?? '',
          redirect_uri: params.redirect_uri ?? '',
          code_verifier: verifier,
        },
        proofKey && (await proofFor(proofKey)),
      );
    };
    expect((await redeem()).body.error).toBe('invalid_dpop_proof');
    expect((await redeem(other)).body.error).toBe('invalid_dpop_proof');
    const answer = await redeem(key);
    expect([answer.status, answer.body.token_type]).toEqual([200, 'DPoP']);
  });

  it('refuses a malformed dpop_jkt with an error redirect', async () => {
    const { client, app } = await userWithApp(server, { requireSecret: false });
    const { challenge } = pkcePair();
    const result = await authorize(
      client,
      authorizeParams(app, {
        code_challenge: challenge,
        code_challenge_method: 'S256',
        dpop_jkt: 'short',
      }),
    );
    expect(result.error).toBe('invalid_request');
  });
});

describe('Require DPoP (per app)', () => {
  it('is off by default, and when on refuses a token request without a proof', async () => {
    const { client, app } = await userWithApp(server, { requireSecret: true });
    const read = await client.gql<{ ownedOAuthApp: { requireDpop: boolean } }>(
      'query($c: String!) { ownedOAuthApp(clientId: $c) { requireDpop } }',
      { c: app.clientId },
    );
    expect(read.data?.ownedOAuthApp.requireDpop).toBe(false);
    const rest = await client.fetch(`/consumer/v1/oauth/clients/${app.clientId}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', origin: server.url },
      body: JSON.stringify({ require_dpop: true }),
    });
    expect(rest.status).toBe(200);
    expect(await rest.json()).toMatchObject({ require_dpop: true });

    const pending = await pendingCode(client, app);
    const params = {
      grant_type: 'authorization_code',
      code: pending.code,
      redirect_uri: pending.redirectUri,
      code_verifier: pending.verifier,
    };
    const refused = await tokenRequest(server.url, app, params);
    expect([refused.status, refused.body.error]).toEqual([400, 'invalid_dpop_proof']);
    const key = await ProofKey.generate();
    const answer = await tokenRequest(server.url, app, params, await proofFor(key));
    expect([answer.status, answer.body.token_type]).toEqual([200, 'DPoP']);

    const off = await client.gql<{ updateOAuthApp: { requireDpop: boolean } }>(
      'mutation($c: String!) { updateOAuthApp(clientId: $c, input: { requireDpop: false }) { requireDpop } }',
      { c: app.clientId },
    );
    expect(off.data?.updateOAuthApp.requireDpop).toBe(false);
  });
});

const jktOf = (key: ProofKey) => calculateJwkThumbprint(key.jwk, 'sha256');

async function introspect(app: TestApp, token: string) {
  return (await postAsApp(server, app, '/oauth/introspect', { token })).json();
}
