import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { useTestServer } from '../helpers/server.js';
import { activityOf, exchange, introspect, pendingCode, post, userWithApp } from './support.js';

// Single use is decided by the code's claim today; these hold whatever decides it, including a
// key on the tokens a code issued (bench/README.md, "What one statement is worth").
describe('POST /oauth/token: a code is exchanged once, however the grant it issued ends', () => {
  // A code lives one second here, so a replay can come after it expired.
  const server = useTestServer({ AUTHORIZATION_CODE_TTL: '1' });

  it('revokes what the code issued when it is replayed after it expired (RFC 6749 §4.1.2)', async () => {
    const { client, app } = await userWithApp(server, { requireSecret: true });
    const issued = await pendingCode(client, app);
    const tokens = await exchange(server, app, issued);
    expect(tokens.status).toBe(200);
    await sleep(1_200);

    // Whether it was used is checked before whether it expired, as for a refresh token.
    const replay = await exchange(server, app, issued);
    expect(replay.body).toMatchObject({
      error: 'invalid_grant',
      error_description: 'The authorization code was already used',
    });
    expect(await introspect(server, app, String(tokens.body.access_token))).toEqual({
      active: false,
    });
    expect(await activityOf(client, app)).toContain('CODE_REPLAY');
  });
});

describe('POST /oauth/token: a revoked grant does not free its code', () => {
  const server = useTestServer();

  it('refuses the code again once the client revoked the grant it issued (RFC 7009 §2.1)', async () => {
    const { client, app } = await userWithApp(server, { requireSecret: true });
    const issued = await pendingCode(client, app);
    const tokens = await exchange(server, app, issued);
    expect(tokens.status).toBe(200);
    const revoked = await post(server, app, '/oauth/revoke', {
      token: String(tokens.body.refresh_token),
    });
    expect(revoked.status).toBe(200);

    // The code is still unexpired and its pair is gone: the revocation took the code too.
    const again = await exchange(server, app, issued);
    expect(again.status).toBe(400);
    expect(again.body.error).toBe('invalid_grant');
    expect(again.body.access_token).toBeUndefined();
  });
});
