import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, TestClient, uniqueEmail, SIGN_UP, SIGN_IN } from '../helpers/client.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

// Two instances with separate databases: only Redis can carry a count from one to the other.
let first: TestServer;
let second: TestServer;
beforeAll(async () => {
  // The sign-up count of 127.0.0.1 stays in Redis from one run to the next: not what is tested.
  const env = {
    REDIS_URL,
    RATE_LIMITS: 'on',
    RATE_LIMIT_SIGN_IN: '3/60',
    RATE_LIMIT_SIGN_UP: '100000/3600',
  };
  [first, second] = await Promise.all([startTestServer(env), startTestServer(env)]);
});
afterAll(async () => Promise.all([first.close(), second.close()]));

describe('with REDIS_URL set', () => {
  it('shares failed sign-in counts between instances through Redis', async () => {
    const email = uniqueEmail();
    for (const server of [first, second]) {
      await new TestClient(server.url).gql(SIGN_UP, {
        input: { email, password: PASSWORD, displayName: 'R' },
      });
    }
    for (let i = 0; i < 3; i += 1) {
      const failed = await new TestClient(first.url).gql(SIGN_IN, {
        input: { email, password: `wrong one ${i}` },
      });
      expect(failed.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    const blocked = await new TestClient(second.url).gql(SIGN_IN, {
      input: { email, password: PASSWORD },
    });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);

    const redis = new Redis(REDIS_URL);
    try {
      expect(Number(await redis.get(`bnder:rl:signin:${email}:127.0.0.1`))).toBe(3);
      expect(await redis.pttl(`bnder:rl:signin:${email}:127.0.0.1`)).toBeGreaterThan(0);
    } finally {
      await redis.quit();
    }
  });
});
