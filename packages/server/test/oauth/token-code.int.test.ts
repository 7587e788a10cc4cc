import { describe, expect, it } from 'vitest';
import { authorize, obtainTokens, pkcePair } from '../helpers/oauth.js';
import { useTestServer } from '../helpers/server.js';
import {
  activityOf,
  anotherUser,
  authorizeParams,
  exchange,
  introspect,
  pendingCode,
  post,
  postRaw,
  userWithApp,
  viewerWith,
} from './support.js';
import { graphql } from '../gql/index.js';

const server = useTestServer({ AUTHORIZATION_CODE_TTL: '1' });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('POST /oauth/token: authorization_code', () => {
  it('exchanges a code for prefixed tokens, uncached, with the granted scope', async () => {
    const { client, app } = await userWithApp(server, { requireSecret: false });
    const response = await exchange(
      server,
      app,
      await pendingCode(client, app, { scope: 'write read' }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.body).toEqual({
      access_token: expect.stringMatching(/^bnd_at_[A-Za-z0-9_-]{43}$/),
      token_type: 'Bearer',
      expires_in: 3600,
      refresh_token: expect.stringMatching(/^bnd_rt_[A-Za-z0-9_-]{43}$/),
      scope: 'read write',
    });
    const viewer = await viewerWith(server, String(response.body.access_token));
    expect(viewer.data?.viewer).not.toBeNull();
  });

  it('records the app as used when it gets tokens', async () => {
    const { client, app } = await userWithApp(server, { requireSecret: true });
    await obtainTokens(server, client, app, 'read');
    const owned = await client.gql(
      graphql(`
        query TokenCodeOwnedOAuthApp($id: String!) {
          ownedOAuthApp(clientId: $id) {
            lastUsedAt
          }
        }
      `),
      { id: app.clientId },
    );
    expect(owned.data?.ownedOAuthApp.lastUsedAt).not.toBeNull();
  });

  it('refuses a reused code and revokes the tokens the first use issued', async () => {
    const { client, app } = await userWithApp(server, { requireSecret: true });
    const issued = await pendingCode(client, app);
    const first = await exchange(server, app, issued);
    expect(first.status).toBe(200);
    const accessToken = String(first.body.access_token);
    expect(await introspect(server, app, accessToken)).toMatchObject({ active: true });

    const second = await exchange(server, app, issued);
    expect(second.status).toBe(400);
    expect(second.body.error).toBe('invalid_grant');
    expect(await introspect(server, app, accessToken)).toEqual({ active: false });
    expect(await introspect(server, app, String(first.body.refresh_token))).toEqual({
      active: false,
    });
    expect((await viewerWith(server, accessToken)).status).toBe(401);
    expect(await activityOf(client, app)).toContain('CODE_REPLAY');
  });

  it('lets exactly one of two racing exchanges of one code succeed', async () => {
    const { client, app } = await userWithApp(server, { requireSecret: false });
    const issued = await pendingCode(client, app);
    const results = await Promise.all([
      exchange(server, app, issued),
      exchange(server, app, issued),
    ]);
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 400]);
    expect(results.find((r) => r.status === 400)?.body.error).toBe('invalid_grant');
  });

  it('serves parallel exchanges of many users of one app', async () => {
    const { app } = await userWithApp(server, { requireSecret: true });
    const codes = await Promise.all(
      Array.from({ length: 6 }, async () => pendingCode(await anotherUser(server), app)),
    );
    const results = await Promise.all(codes.map((issued) => exchange(server, app, issued)));
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
  });

  it('refuses an expired code', async () => {
    const { client, app } = await userWithApp(server, { requireSecret: true });
    const issued = await pendingCode(client, app);
    await sleep(1100);
    const response = await exchange(server, app, issued);
    expect(response.status).toBe(400);
    expect(response.body.error).toBe('invalid_grant');
  });

  it('refuses a code issued to another client, and the code is spent (RFC 9700 §4.5)', async () => {
    const { client, app } = await userWithApp(server, { requireSecret: true });
    const other = await userWithApp(server, { requireSecret: true });
    const issued = await pendingCode(client, app);
    const stolen = await exchange(server, other.app, issued);
    expect(stolen.status).toBe(400);
    expect(stolen.body.error).toBe('invalid_grant');
    expect((await exchange(server, app, issued)).body.error).toBe('invalid_grant');
  });

  it.each([
    ['a different redirect_uri', 'https://client.example.test/other'],
    ['a trailing slash', 'https://client.example.test/callback/'],
    ['no redirect_uri', undefined],
  ])('refuses the exchange with %s', async (_label, redirectUri) => {
    const { client, app } = await userWithApp(server, { requireSecret: true });
    const issued = await pendingCode(client, app);
    const params: Record<string, string> = {
      grant_type: 'authorization_code',
      code: issued.code,
      code_verifier: issued.verifier,
    };
    if (redirectUri !== undefined) params.redirect_uri = redirectUri;
    const response = await post(server, app, '/oauth/token', params);
    expect(response.status).toBe(400);
    expect(response.body.error).toBe('invalid_grant');
  });

  it.each([
    ['a wrong verifier', () => pkcePair().verifier, 'invalid_grant'],
    ['a missing verifier', () => undefined, 'invalid_grant'],
    ['a too-short verifier', () => 'a'.repeat(42), 'invalid_request'],
    ['a verifier outside the alphabet', () => `${'a'.repeat(43)}+/`, 'invalid_request'],
  ])('refuses %s', async (_label, verifier, error) => {
    const { client, app } = await userWithApp(server, { requireSecret: false });
    const issued = await pendingCode(client, app);
    const params: Record<string, string> = {
      grant_type: 'authorization_code',
      code: issued.code,
      redirect_uri: issued.redirectUri,
    };
    const value = verifier();
    if (value !== undefined) params.code_verifier = value;
    const response = await post(server, app, '/oauth/token', params);
    expect(response.status).toBe(400);
    expect(response.body.error).toBe(error);
  });

  it('needs no redirect_uri at the token endpoint when the authorize link had none', async () => {
    const { client, app } = await userWithApp(server, { requireSecret: false });
    const { verifier, challenge } = pkcePair();
    const answered = await authorize(
      client,
      authorizeParams(app, {
        redirect_uri: undefined,
        code_challenge: challenge,
        code_challenge_method: 'S256',
      }),
    );
    const response = await post(server, app, '/oauth/token', {
      grant_type: 'authorization_code',
      code: answered.code ?? '',
      code_verifier: verifier,
    });
    expect(response.status).toBe(200);
  });

  it('refuses a verifier for a code that had no challenge, which spends the code', async () => {
    const { client, app } = await userWithApp(server, { requireSecret: true });
    const issued = await pendingCode(client, app, { pkce: false });
    const response = await exchange(server, app, issued);
    expect(response.status).toBe(400);
    expect(response.body.error).toBe('invalid_grant');
    const { verifier: _unused, ...withoutVerifier } = issued;
    const retried = await post(server, app, '/oauth/token', {
      grant_type: 'authorization_code',
      code: withoutVerifier.code,
      redirect_uri: withoutVerifier.redirectUri,
    });
    expect(retried.status).toBe(400);
    expect(retried.body.error).toBe('invalid_grant');
  });

  it('exchanges a code without PKCE for a confidential client', async () => {
    const { client, app } = await userWithApp(server, { requireSecret: true });
    const { verifier: _unused, ...issued } = await pendingCode(client, app, { pkce: false });
    const ok = await post(server, app, '/oauth/token', {
      grant_type: 'authorization_code',
      code: issued.code,
      redirect_uri: issued.redirectUri,
    });
    expect(ok.status).toBe(200);
  });

  it('refuses an unknown code, a missing code and an unsupported grant type', async () => {
    const { app } = await userWithApp(server, { requireSecret: true });
    const unknown = await post(server, app, '/oauth/token', {
      grant_type: 'authorization_code',
      code: 'not-a-code',
      redirect_uri: app.redirectUris[0] ?? '',
    });
    expect(unknown.body.error).toBe('invalid_grant');
    const missing = await post(server, app, '/oauth/token', { grant_type: 'authorization_code' });
    expect(missing.body.error).toBe('invalid_request');
    const password = await post(server, app, '/oauth/token', {
      grant_type: 'password',
      username: 'a',
      password: 'b',
    });
    expect(password.status).toBe(400);
    expect(password.body.error).toBe('unsupported_grant_type');
    const none = await post(server, app, '/oauth/token', {});
    expect(none.body.error).toBe('invalid_request');
  });

  it('accepts only a form body and refuses repeated parameters', async () => {
    const { app } = await userWithApp(server, { requireSecret: false });
    const json = await fetch(`${server.url}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ grant_type: 'authorization_code', client_id: app.clientId }),
    });
    expect(json.status).toBe(400);
    expect(((await json.json()) as { error: string }).error).toBe('invalid_request');
    const repeated = await postRaw(
      server,
      '/oauth/token',
      `client_id=${app.clientId}&grant_type=refresh_token&grant_type=authorization_code`,
    );
    expect(repeated.status).toBe(400);
    expect(repeated.body.error).toBe('invalid_request');
  });
});
