import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { admin } from '../helpers/admin-cli.js';
import { TestClient, signUp } from '../helpers/client.js';
import { createApp, obtainTokens, type TestApp } from '../helpers/oauth.js';
import { useTestServer } from '../helpers/server.js';
import { post } from '../oauth/support.js';

// Short lives, so that tokens and codes expire within the test: a refresh token lives 12 s.
const REFRESH_TTL_MS = 12_000;
const server = useTestServer({
  ACCESS_TOKEN_TTL: '1',
  REFRESH_TOKEN_TTL: String(REFRESH_TTL_MS / 1000),
  AUTHORIZATION_CODE_TTL: '1',
});

const refresh = (app: TestApp, token: string) =>
  post(server, app, '/oauth/token', { grant_type: 'refresh_token', refresh_token: token });

/** Waits until `at` (epoch ms) has passed. */
const until = (at: number) => sleep(Math.max(0, at - Date.now()));

describe('pnpm admin purge-expired', () => {
  it('deletes expired tokens and codes, and keeps a live grant’s spent refresh tokens', async () => {
    const owner = new TestClient(server.url);
    await signUp(owner);
    const app = await createApp(owner, { requireSecret: true });
    const user = new TestClient(server.url);
    await signUp(user);
    // A grant refreshed once at once: both its refresh tokens expire before the purge.
    const ended = await obtainTokens(server, user, app, 'read');
    const endedNext = await refresh(app, ended.refresh_token);
    expect(endedNext.status).toBe(200);
    const live = await obtainTokens(server, user, app, 'read');
    const liveAt = Date.now();
    // Halfway through its life, the live grant's first refresh token is spent for a second one,
    // which outlives the first by as long: the grant lives on after the first has expired.
    await until(liveAt + REFRESH_TTL_MS / 2);
    const rotated = await refresh(app, live.refresh_token);
    expect(rotated.status).toBe(200);
    // Every refresh token of the other grant, and the live grant's first, have now expired.
    await until(liveAt + REFRESH_TTL_MS + 300);
    expect((await refresh(app, String(endedNext.body.refresh_token))).body.error).toBe(
      'invalid_grant',
    );

    const purged = await admin(server, 'purge-expired', '--grace-days', '0');

    expect(purged.code).toBe(0);
    // Four access tokens, both codes, and the ended grant's two refresh tokens; not the live
    // grant's spent one.
    expect(purged.stdout).toContain(
      'Deleted 4 access tokens, 2 refresh tokens and 2 authorization codes that expired before',
    );
    // The live grant still refreshes, and its old refresh token is still known: presenting it
    // again is a replay (RFC 9700 §4.14.2), which revokes the grant's newest token too.
    const again = await refresh(app, String(rotated.body.refresh_token));
    expect(again.status).toBe(200);
    expect((await refresh(app, live.refresh_token)).body.error).toBe('invalid_grant');
    const afterReplay = await refresh(app, String(again.body.refresh_token));
    expect(afterReplay.body).toMatchObject({
      error: 'invalid_grant',
      error_description: 'The refresh token is invalid',
    });
  }, 30_000);

  it('keeps what expired within the grace period', async () => {
    const owner = new TestClient(server.url);
    await signUp(owner);
    const app = await createApp(owner, { requireSecret: true });
    await obtainTokens(server, owner, app, 'read');
    await sleep(1_200);
    // The access token and the code have expired, but only just: 30 days are kept by default.
    expect((await admin(server, 'purge-expired')).stdout).toContain(
      'Deleted 0 access tokens, 0 refresh tokens and 0 authorization codes',
    );
    // Two purges at once: each row is deleted by one of them, and neither fails.
    const both = await Promise.all([
      admin(server, 'purge-expired', '--grace-days', '0'),
      admin(server, 'purge-expired', '--grace-days', '0'),
    ]);
    expect(both.map((run) => run.code)).toEqual([0, 0]);
    const deleted = (what: string) =>
      both.reduce(
        (sum, run) => sum + Number(new RegExp(`(\\d+) ${what}`).exec(run.stdout)?.[1]),
        0,
      );
    expect([
      deleted('access tokens'),
      deleted('refresh tokens'),
      deleted('authorization codes'),
    ]).toEqual([1, 0, 1]);
  });

  it('refuses a grace period that is not a whole number of days', async () => {
    const refused = await admin(server, 'purge-expired', '--grace-days', 'soon');
    expect(refused).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('--grace-days N, a whole number of days'),
    });
  });
});

describe('pnpm admin purge-expired, sessions and rate-limit counters', () => {
  const shortSessions = useTestServer({ SESSION_TTL: '1', RATE_LIMIT_SIGN_UP: '100/1' });

  it('deletes sessions that expired and were never presented again, and ended counters', async () => {
    await signUp(new TestClient(shortSessions.url));
    await signUp(new TestClient(shortSessions.url));
    await sleep(1_200);
    const purged = await admin(shortSessions, 'purge-expired');
    // The sign-ups' counter, one per address, ended with its one-second window.
    expect(purged.stdout).toMatch(
      /Deleted 2 expired sessions and [1-9]\d* ended rate-limit counters/,
    );
  });
});
