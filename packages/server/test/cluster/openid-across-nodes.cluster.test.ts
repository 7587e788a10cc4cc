import { createRemoteJWKSet, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../helpers/client.js';
import { createApp, obtainTokens, postAsApp, type TestApp } from '../helpers/oauth.js';
import type { ServerProcess } from '../helpers/server-process.js';
import { twoInstancesOnTwoNodes } from './cluster.js';

// Instance A on node 1, instance B on node 2: userinfo at B follows what A commits at once, and
// both sign with, and publish, the same keys.
const ROUNDS = 20;

let a: ServerProcess;
let b: ServerProcess;
let owner: TestClient;
let stop: () => Promise<void>;
beforeAll(async () => {
  ({ a, b, owner, stop } = await twoInstancesOnTwoNodes());
}, 120_000);
afterAll(async () => stop());

const ROTATE = `mutation($id: String!) { rotateOAuthAppSecret(clientId: $id) { clientSecret } }`;
const DELETE = `mutation($id: String!) { deleteOAuthApp(clientId: $id) }`;
const REVOKE_ACCESS = `mutation($id: String!) { revokeAuthorizedOAuthApp(clientId: $id) }`;

async function userInfoStatus(url: string, token: string): Promise<number> {
  const response = await fetch(`${url}/oauth/userinfo`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return response.status;
}

/** OpenID tokens issued through A, already answered by userinfo at B before the change. */
async function signedInAtBoth(app: TestApp) {
  const tokens = await obtainTokens({ url: a.url }, owner, app, 'openid read');
  return { tokens, before: await userInfoStatus(b.url, tokens.access_token) };
}

/** Runs a round ROUNDS times and lists every round whose outcome differed from what is due. */
async function misses(round: (i: number) => Promise<string | null>): Promise<string[]> {
  const found: string[] = [];
  for (let i = 0; i < ROUNDS; i += 1) {
    const miss = await round(i).catch((error: unknown) => `round ${i}: threw ${String(error)}`);
    if (miss) found.push(miss);
  }
  return found;
}

describe('userinfo on another node', () => {
  it('answers 401 at once when the token is revoked through A', async () => {
    const app = await createApp(owner, { requireSecret: true });
    const found = await misses(async (i) => {
      const { tokens, before } = await signedInAtBoth(app);
      await postAsApp({ url: a.url }, app, '/oauth/revoke', { token: tokens.refresh_token });
      const seen = `${before} ${await userInfoStatus(b.url, tokens.access_token)}`;
      return seen === '200 401' ? null : `round ${i}: ${seen}`;
    });
    expect(found).toEqual([]);
  });

  it('answers 401 at once when the user revokes the app’s access through A', async () => {
    const app = await createApp(owner, { requireSecret: true });
    const found = await misses(async (i) => {
      const { tokens, before } = await signedInAtBoth(app);
      const revoked = await owner.gql(REVOKE_ACCESS, { id: app.clientId });
      const seen = `${before} ${revoked.errors ? 'error' : 'revoked'} ${await userInfoStatus(b.url, tokens.access_token)}`;
      return seen === '200 revoked 401' ? null : `round ${i}: ${seen}`;
    });
    expect(found).toEqual([]);
  });

  it('answers 401 at once when the app’s secret is rotated or the app deleted through A', async () => {
    const found = await misses(async (i) => {
      const app = await createApp(owner, { requireSecret: true });
      const first = await signedInAtBoth(app);
      const rotated = await owner.gql<{ rotateOAuthAppSecret: { clientSecret: string } }>(ROTATE, {
        id: app.clientId,
      });
      const afterRotation = await userInfoStatus(b.url, first.tokens.access_token);
      const clientSecret = rotated.data?.rotateOAuthAppSecret.clientSecret ?? null;
      const second = await signedInAtBoth({ ...app, clientSecret });
      await owner.gql(DELETE, { id: app.clientId });
      const afterDelete = await userInfoStatus(b.url, second.tokens.access_token);
      const seen = `${first.before} ${afterRotation} ${afterDelete}`;
      return seen === '200 401 401' ? null : `round ${i}: ${seen}`;
    });
    expect(found).toEqual([]);
  });
});

describe('signing keys across instances', () => {
  it('are the same on both: each verifies the other’s ID tokens with its own JWKS', async () => {
    const app = await createApp(owner, { requireSecret: true });
    const [atA, atB] = await Promise.all([
      obtainTokens({ url: a.url }, owner, app, 'openid read'),
      obtainTokens({ url: b.url }, owner.at(b.url), app, 'openid read'),
    ]);
    const jwksOf = async (url: string) =>
      ((await (await fetch(`${url}/oauth/jwks`)).json()) as { keys: { kid: string }[] }).keys
        .map((k) => k.kid)
        .sort();
    expect(await jwksOf(a.url)).toEqual(await jwksOf(b.url));
    const idTokenA = (atA as { id_token?: string }).id_token ?? '';
    const idTokenB = (atB as { id_token?: string }).id_token ?? '';
    await expect(
      jwtVerify(idTokenA, createRemoteJWKSet(new URL('/oauth/jwks', b.url)), {
        audience: app.clientId,
      }),
    ).resolves.toBeDefined();
    await expect(
      jwtVerify(idTokenB, createRemoteJWKSet(new URL('/oauth/jwks', a.url)), {
        audience: app.clientId,
      }),
    ).resolves.toBeDefined();
  });
});
