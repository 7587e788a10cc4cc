import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, signUp } from '../helpers/client.js';
import { createApp } from '../helpers/oauth.js';
import type { ServerProcess } from '../helpers/server-process.js';
import { ProofKey, boundTokens, currentNonce, tokenRequest } from '../dpop/support.js';
import { createClusterDatabase, startInstance, type ClusterDatabase } from './cluster.js';

// One deployment: instance A on node 1 and B on node 2, behind one public URL, so a proof
// made for that URL is valid at either.
const PUBLIC_URL = 'http://bnder.cluster.test';

let database: ClusterDatabase;
let a: ServerProcess;
let b: ServerProcess;
let owner: TestClient;
beforeAll(async () => {
  database = await createClusterDatabase();
  // One after the other: the first runs the migrations, so the second starts quickly.
  a = await startInstance(database.nodeUrl(0), { PUBLIC_URL });
  b = await startInstance(database.nodeUrl(1), { PUBLIC_URL });
  owner = new TestClient(a.url);
  await signUp(owner);
}, 120_000);
afterAll(async () => {
  await Promise.all([a.stop(), b.stop()]);
  await database.drop();
});

const me = (url: string, token: string, proof: string, scheme = 'DPoP') =>
  fetch(`${url}/consumer/v1/me`, {
    headers: { authorization: `${scheme} ${token}`, dpop: proof },
  });

describe('DPoP across Galera nodes', () => {
  it('makes a stolen bound token useless on both instances, at the API and at refresh', async () => {
    const app = await createApp(owner, { requireSecret: false });
    const key = await ProofKey.generate();
    const tokens = await boundTokens(a.url, owner, app, key, { publicUrl: PUBLIC_URL });
    const thief = await ProofKey.generate();
    for (const url of [a.url, b.url]) {
      const nonce = await currentNonce(url);
      const stolen = await thief.proof('GET', `${PUBLIC_URL}/consumer/v1/me`, {
        nonce,
        accessToken: tokens.access_token,
      });
      expect((await me(url, tokens.access_token, stolen)).status).toBe(401);
      expect((await me(url, tokens.access_token, stolen, 'Bearer')).status).toBe(401);
      const refresh = await tokenRequest(
        url,
        app,
        { grant_type: 'refresh_token', refresh_token: tokens.refresh_token },
        await thief.proof('POST', `${PUBLIC_URL}/oauth/token`, { nonce }),
      );
      expect([refresh.status, refresh.body.error]).toEqual([400, 'invalid_dpop_proof']);
      // The key's holder is served by either instance, with the nonce of either.
      const own = await key.proof('GET', `${PUBLIC_URL}/consumer/v1/me`, {
        nonce: await currentNonce(url === a.url ? b.url : a.url),
        accessToken: tokens.access_token,
      });
      expect((await me(url, tokens.access_token, own)).status).toBe(200);
    }
  });

  it('refuses on node 2 a proof whose jti was used on node 1', async () => {
    const app = await createApp(owner, { requireSecret: false });
    const key = await ProofKey.generate();
    const tokens = await boundTokens(a.url, owner, app, key, { publicUrl: PUBLIC_URL });
    const found: string[] = [];
    for (let i = 0; i < 10; i += 1) {
      const proof = await key.proof('GET', `${PUBLIC_URL}/consumer/v1/me`, {
        nonce: await currentNonce(a.url),
        accessToken: tokens.access_token,
      });
      const first = await me(a.url, tokens.access_token, proof);
      const replayed = await me(b.url, tokens.access_token, proof);
      const challenge = replayed.headers.get('www-authenticate') ?? '';
      const seen = `${first.status} ${replayed.status} ${/error="([a-z_]+)"/.exec(challenge)?.[1]}`;
      if (seen !== '200 401 invalid_dpop_proof') found.push(`round ${i}: ${seen}`);
    }
    expect(found).toEqual([]);
  });
});
