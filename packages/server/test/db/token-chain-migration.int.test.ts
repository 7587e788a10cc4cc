import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { obtainTokens, type TestApp } from '../helpers/oauth.js';
import { undoMigrationsDownTo } from '../helpers/database.js';
import { useTestServer } from '../helpers/server.js';
import { rest } from '../api/rest.js';
import { post, userWithApp } from '../oauth/support.js';

const server = useTestServer();

const refresh = (app: TestApp, refreshToken: string) =>
  post(server, app, '/oauth/token', { grant_type: 'refresh_token', refresh_token: refreshToken });

/** A refresh token stored the way the previous schema stored them: hex hash, used_at column. */
async function storeOldStyleRefreshToken(app: TestApp, userId: string, usedAt: number | null) {
  const raw = `bnd_rt_${randomBytes(32).toString('base64url')}`;
  // Read straight from the table: the app's later columns are rolled back too.
  const [{ id: appId } = { id: '' }] = (await server.db.query(
    'SELECT id FROM oauth_apps WHERE client_id = ?',
    [app.clientId],
  )) as { id: string }[];
  const now = Date.now();
  await server.db.query(
    `INSERT INTO oauth_tokens (token_hash, kind, app_id, user_id, scope, grant_id, created_at, expires_at, used_at)
     VALUES (?, 'refresh', ?, ?, 'read', ?, ?, ?, ?)`,
    [
      createHash('sha256').update(raw).digest('hex'),
      appId,
      userId,
      randomBytes(32).toString('hex'),
      now,
      now + 3_600_000,
      usedAt,
    ],
  );
  return raw;
}

describe('the token-chain migration, down and up again on live data', () => {
  it('keeps live tokens working and rotated refresh tokens spent', async () => {
    const { client, user, app } = await userWithApp(server, { requireSecret: true });
    const first = await obtainTokens(server, client, app, 'read');
    const second = (await refresh(app, first.refresh_token)).body as Record<string, string>;
    const third = (await refresh(app, String(second.refresh_token))).body as Record<string, string>;

    await undoMigrationsDownTo(server.db, 'TokenChain1764900000000');
    const oldLive = await storeOldStyleRefreshToken(app, user.id, null);
    const oldSpentAlone = await storeOldStyleRefreshToken(app, user.id, Date.now());
    await server.db.runMigrations({ transaction: 'each' });

    expect((await rest(server, String(third.access_token), 'GET', '/me')).status).toBe(200);
    expect((await refresh(app, oldLive)).status).toBe(200);
    // A spent token with no successor cannot be carried over: it is simply unknown now.
    expect((await refresh(app, oldSpentAlone)).body).toMatchObject({ error: 'invalid_grant' });
    // The middle of the chain is still spent: presenting it is a replay that revokes the chain.
    const replay = await refresh(app, String(second.refresh_token));
    expect(replay.body).toEqual({
      error: 'invalid_grant',
      error_description: 'The refresh token was already used',
    });
    expect((await rest(server, String(third.access_token), 'GET', '/me')).status).toBe(401);
    expect((await refresh(app, String(third.refresh_token))).status).toBe(400);
  });
});
