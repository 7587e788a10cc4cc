import { describe, expect, it } from 'vitest';
import { useTestServer, type TestServer } from '../helpers/server.js';
import { METRICS_TOKEN, statementsOf } from '../helpers/statement-counts.js';
import { exchange, pendingCode, post, userWithApp } from './support.js';

// What each hot request costs the database, read where an operator reads it: the statement
// counter at GET /metrics. docs/architecture.md, "A code exchange, statement by statement",
// says what each statement is for; the bench's SQL column measures the same under load, with
// rate limits off. With them on and no REDIS_URL, their counters are rows too: a confidential
// client's token request reserves a slot before its secret is compared, gives it back, and
// counts the request (rate-limits/rate-limiter.ts).
/**
 * A confidential app its owner has authorized once, so the consent is in use and the client's
 * rate-limit buckets already count a request in this window.
 */
async function authorizedApp(server: TestServer) {
  const signed = await userWithApp(server, { requireSecret: true });
  const first = await exchange(server, signed.app, await pendingCode(signed.client, signed.app));
  expect(first.status).toBe(200);
  return { ...signed, tokens: first.body as { access_token: string; refresh_token: string } };
}

describe.each([
  {
    limits: 'off',
    exchange: { select: 1, insert: 1 },
    refresh: { select: 1, insert: 1 },
    introspection: { select: 1 },
  },
  {
    // Within the limits, a counter's window end is not read (only a refusal's Retry-After needs it).
    limits: 'on, counted in the database',
    exchange: { select: 1, insert: 3, update: 1 },
    refresh: { select: 1, insert: 3, update: 1 },
    introspection: { select: 1, insert: 1, update: 1 },
  },
])('statements per hot request, rate limits $limits', (expected) => {
  const server = useTestServer({
    METRICS_TOKEN,
    RATE_LIMITS: expected.limits === 'off' ? 'off' : 'on',
  });

  it('a code exchange: the client and code, the token pair that is its single use', async () => {
    const { client, app } = await authorizedApp(server);
    const pending = await pendingCode(client, app);
    const sent = await statementsOf(server, async () => {
      return (await exchange(server, app, pending)).status;
    });
    expect(sent).toEqual(expected.exchange);
  });

  it('a refresh: the client and token, the new pair', async () => {
    const { app, tokens } = await authorizedApp(server);
    const sent = await statementsOf(server, async () => {
      const refreshed = await post(server, app, '/oauth/token', {
        grant_type: 'refresh_token',
        refresh_token: tokens.refresh_token,
      });
      return refreshed.status;
    });
    expect(sent).toEqual(expected.refresh);
  });

  it('introspection: the client and token in one query', async () => {
    const { app, tokens } = await authorizedApp(server);
    let active: unknown;
    const sent = await statementsOf(server, async () => {
      const answer = await post(server, app, '/oauth/introspect', { token: tokens.access_token });
      active = answer.body.active;
      return answer.status;
    });
    expect(active).toBe(true);
    expect(sent).toEqual(expected.introspection);
  });

  it('the bearer check on the API, once the token was used this minute', async () => {
    const { tokens } = await authorizedApp(server);
    const me = async () =>
      (
        await fetch(`${server.url}/consumer/v1/me`, {
          headers: { authorization: `Bearer ${tokens.access_token}` },
        })
      ).status;
    expect(await me()).toBe(200);
    expect(await statementsOf(server, me)).toEqual({ select: 1 });
  });
});
