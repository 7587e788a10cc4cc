import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { userWithApp } from '../oauth/support.js';
import { ProofKey, boundTokens, currentNonce } from './support.js';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

// Two instances of one deployment (one public URL, one SECRET_KEY) whose replay store is Redis.
// Each has a database of its own here, so only the shared Redis can tell the second a proof
// was used at the first.
let first: TestServer;
let second: TestServer;
let redis: Redis;
beforeAll(async () => {
  const env = {
    REDIS_URL,
    // The sign-up count of 127.0.0.1 stays in Redis from one run to the next: not what is tested.
    RATE_LIMIT_SIGN_UP: '100000/3600',
    SECRET_KEY: randomBytes(32).toString('base64'),
    PUBLIC_URL: 'http://bnder.redis.test',
  };
  first = await startTestServer(env);
  second = await startTestServer(env);
  redis = new Redis(REDIS_URL);
}, 60_000);
afterAll(async () => {
  await Promise.all([first.close(), second.close()]);
  await redis.quit();
});

describe('the DPoP replay store in Redis', () => {
  it('refuses at one instance a proof used at another, and keeps nothing in the database', async () => {
    const { client, app } = await userWithApp(first, { requireSecret: false });
    const key = await ProofKey.generate();
    const tokens = await boundTokens(first.url, client, app, key, {
      publicUrl: first.config.publicUrl,
    });
    const htu = `${first.config.publicUrl}/consumer/v1/me`;
    const proof = await key.proof('GET', htu, {
      nonce: await currentNonce(second.url),
      accessToken: tokens.access_token,
    });
    const call = (server: TestServer) =>
      fetch(`${server.url}/consumer/v1/me`, {
        headers: { authorization: `DPoP ${tokens.access_token}`, dpop: proof },
      });
    expect((await call(first)).status).toBe(200);
    const replayed = await call(second);
    expect(replayed.status).toBe(401);
    expect(replayed.headers.get('www-authenticate')).toContain('error="invalid_dpop_proof"');

    const keys = await redis.keys('bnder:dpop:*');
    expect(keys.length).toBeGreaterThan(0);
    // Entries expire (§11.1): each has a time to live.
    for (const entry of keys) expect(await redis.pttl(entry)).toBeGreaterThan(0);
    const [{ n }] = (await first.db.query('SELECT COUNT(*) AS n FROM dpop_proofs')) as [
      { n: number | string },
    ];
    expect(Number(n)).toBe(0);
  });
});
