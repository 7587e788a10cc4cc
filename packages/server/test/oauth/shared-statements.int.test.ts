import { describe, expect, it } from 'vitest';
import { useTestServer, type TestServer } from '../helpers/server.js';
import { METRICS_TOKEN, statementsOf } from '../helpers/statement-counts.js';
import { ProofKey, boundTokens, currentNonce } from '../dpop/support.js';
import { exchange, pendingCode, post, userWithApp } from './support.js';

// Hot statements made at the same moment share one on MySQL (db/coalesced-statements.ts): the
// bearer check's read, the token endpoint's client-and-token read, the new pair's INSERT and the
// DPoP proof's INSERT. Each caller must still get only its own answer, a revoked token must be
// refused among them, and a race or a replay among them must be decided as if each ran alone.
// On SQLite each is its own statement.
const CALLERS = 8;

async function callerWithTokens(server: TestServer) {
  const signed = await userWithApp(server, { requireSecret: true });
  const answer = await exchange(server, signed.app, await pendingCode(signed.client, signed.app));
  expect(answer.status).toBe(200);
  const body = answer.body as { access_token: string; refresh_token: string };
  return { ...signed, token: body.access_token, refreshToken: body.refresh_token };
}

async function me(server: TestServer, token: string, dpop?: string) {
  const response = await fetch(`${server.url}/consumer/v1/me`, {
    headers: { authorization: `${dpop ? 'DPoP' : 'Bearer'} ${token}`, ...(dpop && { dpop }) },
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** Opens a connection per concurrent request first, so the counted requests arrive together. */
async function connectionsFor(server: TestServer, count: number, token: string) {
  await Promise.all(Array.from({ length: count }, () => me(server, token)));
}

const isMysql = (server: TestServer) => server.db.options.type === 'mysql';

/** CALLERS of them, made one after another. */
async function many<T>(make: () => Promise<T>): Promise<T[]> {
  const made: T[] = [];
  for (let i = 0; i < CALLERS; i += 1) made.push(await make());
  return made;
}

describe('statements shared by requests at the same moment', () => {
  const server = useTestServer({ METRICS_TOKEN, RATE_LIMITS: 'off' });

  it('bearer checks: each caller is answered as itself, a revoked or unknown token is refused among them', async () => {
    const callers = await many(() => callerWithTokens(server));
    const revoked = await callerWithTokens(server);
    const revocation = await post(server, revoked.app, '/oauth/revoke', { token: revoked.token });
    expect(revocation.status).toBe(200);
    // Every caller twice, so one statement may carry the same key more than once.
    const presented = [...callers, ...callers];
    await connectionsFor(server, presented.length + 2, callers[0]!.token);
    let answers: Awaited<ReturnType<typeof me>>[] = [];
    let refusals: number[] = [];
    const sent = await statementsOf(server, async () => {
      const unknown = `${callers[0]!.token}x`;
      [answers, refusals] = await Promise.all([
        Promise.all(presented.map((caller) => me(server, caller.token))),
        Promise.all(
          [revoked.token, unknown].map(async (token) => (await me(server, token)).status),
        ),
      ]);
      return 200;
    });
    answers.forEach((answer, i) => {
      expect(answer.status).toBe(200);
      expect(answer.body.email).toBe(presented[i]!.user.email);
    });
    expect(refusals).toEqual([401, 401]);
    const checks = presented.length + refusals.length;
    if (isMysql(server)) expect(sent.select).toBeLessThan(checks);
    // A token found under neither key is asked for under its older key too (grants/token-key.ts).
    else expect(sent.select).toBeGreaterThanOrEqual(checks);
  });

  it('refreshes: each caller gets its own working pair, and of two racing refreshes one wins', async () => {
    const callers = await many(() => callerWithTokens(server));
    const racer = await callerWithTokens(server);
    await connectionsFor(server, CALLERS + 2, callers[0]!.token);
    const refresh = (app: typeof racer.app, refreshToken: string) =>
      post(server, app, '/oauth/token', {
        grant_type: 'refresh_token',
        refresh_token: refreshToken,
      });
    let answers: Awaited<ReturnType<typeof refresh>>[] = [];
    const sent = await statementsOf(server, async () => {
      answers = await Promise.all(callers.map((c) => refresh(c.app, c.refreshToken)));
      return 200;
    });
    for (const [i, answer] of answers.entries()) {
      expect(answer.status).toBe(200);
      const viewer = await me(server, String(answer.body.access_token));
      expect(viewer.body.email).toBe(callers[i]!.user.email);
    }
    if (isMysql(server)) expect(sent.insert).toBeLessThan(CALLERS);
    else expect(sent.insert).toBe(CALLERS);
    // A race among them makes the shared INSERT fail; each then runs alone and is decided alone.
    const [again, race] = await Promise.all([
      Promise.all(callers.map((c, i) => refresh(c.app, String(answers[i]!.body.refresh_token)))),
      Promise.all([refresh(racer.app, racer.refreshToken), refresh(racer.app, racer.refreshToken)]),
    ]);
    expect(again.map((answer) => answer.status)).toEqual(Array(CALLERS).fill(200));
    expect(race.map((answer) => answer.status).sort()).toEqual([200, 400]);
    expect(race.find((answer) => answer.status === 400)?.body.error).toBe('invalid_grant');
  });

  it("introspection: each client learns of its own token, and another client's looks unknown", async () => {
    const callers = await many(() => callerWithTokens(server));
    await connectionsFor(server, CALLERS + 1, callers[0]!.token);
    const [first, second] = callers;
    let answers: Awaited<ReturnType<typeof post>>[] = [];
    const sent = await statementsOf(server, async () => {
      answers = await Promise.all([
        ...callers.map((c) => post(server, c.app, '/oauth/introspect', { token: c.token })),
        // RFC 7662 §2.2: a token of another client is answered as inactive.
        post(server, first!.app, '/oauth/introspect', { token: second!.token }),
      ]);
      return 200;
    });
    for (const [i, caller] of callers.entries())
      expect(answers[i]!.body).toMatchObject({ active: true, client_id: caller.app.clientId });
    expect(answers[CALLERS]!.body).toEqual({ active: false });
    if (isMysql(server)) expect(sent.select).toBeLessThan(answers.length);
    // The other client's token, not found as this client's, is asked for under its older key too.
    else expect(sent.select).toBeGreaterThanOrEqual(answers.length);
  });

  it('DPoP proofs: each new proof is accepted, and a proof sent twice at once is refused once', async () => {
    const callers = await many(async () => {
      const signed = await userWithApp(server, { requireSecret: true });
      const key = await ProofKey.generate();
      const tokens = await boundTokens(server.url, signed.client, signed.app, key);
      return { ...signed, key, token: tokens.access_token };
    });
    const url = `${server.url}/consumer/v1/me`;
    const fresh = async () => {
      const nonce = await currentNonce(server.url);
      return Promise.all(
        callers.map((caller) => caller.key.proof('GET', url, { nonce, accessToken: caller.token })),
      );
    };
    await connectionsFor(server, CALLERS + 1, callers[0]!.token);
    // Each token's first use is written once; the counted round comes after it.
    const proofs = await fresh();
    const first = await Promise.all(callers.map((c, i) => me(server, c.token, proofs[i])));
    expect(first.map((answer) => answer.status)).toEqual(Array(CALLERS).fill(200));
    const next = await fresh();
    let answers: Awaited<ReturnType<typeof me>>[] = [];
    const sent = await statementsOf(server, async () => {
      answers = await Promise.all(callers.map((c, i) => me(server, c.token, next[i])));
      return 200;
    });
    expect(answers.map((answer) => answer.status)).toEqual(Array(CALLERS).fill(200));
    if (isMysql(server)) expect(sent.insert).toBeLessThan(CALLERS);
    else expect(sent.insert).toBe(CALLERS);
    // A proof sent twice among new ones: one use is accepted, the other refused (RFC 9449 §11.1).
    const last = await fresh();
    const replay = await Promise.all([
      ...callers.map((c, i) => me(server, c.token, last[i])),
      me(server, callers[0]!.token, last[0]),
    ]);
    const statuses = replay.map((answer) => answer.status);
    expect(statuses.slice(1, CALLERS)).toEqual(Array(CALLERS - 1).fill(200));
    expect([statuses[0], statuses[CALLERS]].sort()).toEqual([200, 401]);
  });
});
