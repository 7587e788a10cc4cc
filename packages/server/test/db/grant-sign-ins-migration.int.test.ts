import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { undoMigrationsDownTo } from '../helpers/database.js';
import { pendingCode, postAsApp } from '../helpers/oauth.js';
import { useTestServer } from '../helpers/server.js';
import { userWithApp } from '../oauth/support.js';

const server = useTestServer();

type Tokens = { refresh_token: string; id_token: string };

const authTimeOf = (idToken: string) =>
  (
    JSON.parse(Buffer.from(idToken.split('.')[1] ?? '', 'base64url').toString()) as {
      auth_time: number;
    }
  ).auth_time;

describe('the migration that ties sign-in records to their grant, down and up on live data', () => {
  it('carries a live grant’s record over, with its pair and expiry, and drops an orphan', async () => {
    const { client, app } = await userWithApp(server, { requireSecret: false });
    const pending = await pendingCode(client, app, { scope: 'openid read' });
    const exchanged = await postAsApp(server, app, '/oauth/token', {
      grant_type: 'authorization_code',
      code: pending.code,
      redirect_uri: pending.redirectUri,
      code_verifier: pending.verifier,
    });
    const tokens = (await exchanged.json()) as Tokens;
    const grantId = createHash('sha256').update(pending.code).digest('hex');

    await undoMigrationsDownTo(server.db, 'GrantSignInsEndWithGrant1765350000000');
    // A record left behind by a grant that is gone, as the old schema let them pile up.
    await server.db.query(
      'INSERT INTO oidc_grant_sign_ins (grant_id, auth_time, created_at) VALUES (?, ?, ?)',
      ['gone', 1, 1],
    );
    await server.db.runMigrations({ transaction: 'each' });

    const rows = (await server.db.query(
      'SELECT grant_id, app_id, user_id, expires_at FROM oidc_grant_sign_ins',
    )) as { grant_id: string; app_id: string; expires_at: number | string }[];
    expect(rows.map((row) => row.grant_id)).toEqual([grantId]);
    const appId = (await server.services.clients.findByClientId(app.clientId))?.id;
    expect(rows[0]?.app_id).toBe(appId);
    expect(Number(rows[0]?.expires_at)).toBeGreaterThan(Date.now());

    const refreshed = await postAsApp(server, app, '/oauth/token', {
      grant_type: 'refresh_token',
      refresh_token: tokens.refresh_token,
    });
    expect(refreshed.status).toBe(200);
    const body = (await refreshed.json()) as Tokens;
    expect(authTimeOf(body.id_token)).toBe(authTimeOf(tokens.id_token));
  });
});
