import { describe, expect, it } from 'vitest';
import { busyClient, CLIENT_AUTH_ENDPOINTS, guessLimitsEnv } from '../helpers/parallel-guesses.js';
import { useTestServer } from '../helpers/server.js';

// A right secret gives its slot back, but only once it has been checked: a client with more
// requests in flight than its guess limit is answered on every one, its extra requests waiting
// for a slot instead of being refused. The slots are counted over the network here (MariaDB,
// Redis), so other requests arrive while one holds its slot; SQLite's count runs inside the
// request and cannot show it.
const LIMIT = 10;
const AT_ONCE = 80;
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** What each endpoint answers a client that authenticated, for the form the helper sends. */
const AUTHENTICATED: Record<string, string> = {
  '/oauth/token': '400 invalid_grant',
  '/oauth/revoke': '200 ',
  '/oauth/introspect': '200 ',
  '/oauth/device_authorization': '400 unauthorized_client',
  '/oauth/par': '201 ',
};

describe.each<{ counted: string; env: Record<string, string> }>([
  { counted: 'in the database', env: {} },
  { counted: 'in Redis', env: { REDIS_URL } },
])('a confidential client sending many requests at once, counted $counted', ({ env }) => {
  const server = useTestServer({ ...guessLimitsEnv(LIMIT), ...env });

  it.each(Object.keys(CLIENT_AUTH_ENDPOINTS))(
    `is authenticated on all ${AT_ONCE} at %s`,
    async (path) => {
      expect(await busyClient([server.url], path, { count: AT_ONCE })).toEqual({
        [AUTHENTICATED[path] ?? '']: AT_ONCE,
      });
    },
  );

  it('is authenticated on all of them after wrong secrets used most of its limit', async () => {
    expect(
      await busyClient([server.url], '/oauth/introspect', {
        count: AT_ONCE,
        wrongFirst: LIMIT - 2,
      }),
    ).toEqual({ '200 ': AT_ONCE });
  });

  it('is authenticated on all of them while a stranger guesses its secret from another address', async () => {
    // The guess limit counts per client and address, so a stranger's guesses (RFC 6749 §10.10)
    // are checked at most the limit without locking the client out: its own requests neither
    // wait for the stranger's turns nor lose slots to them.
    expect(
      await busyClient([server.url], '/oauth/introspect', {
        count: AT_ONCE,
        strangerGuesses: 4 * LIMIT,
      }),
    ).toEqual({
      '200 ': AT_ONCE,
      stranger: { '401 invalid_client': LIMIT, '429 too_many_requests': 3 * LIMIT },
    });
  });
});
