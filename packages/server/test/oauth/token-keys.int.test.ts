import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256, timeOrderedToken } from '../../src/crypto/tokens.js';
import { obtainTokens } from '../helpers/oauth.js';
import { useTestServer } from '../helpers/server.js';
import { introspect, post, userWithApp, viewerWith, type Signed } from './support.js';

const server = useTestServer();

/**
 * A pair as an earlier release stored it: under the tokens' plain SHA-256. Tokens now lead with
 * their mint time and are stored under that time and their digest (grants/token-key.ts); an old
 * token whose random leading bytes happen to read as a recent time (about one in ten thousand) is
 * looked up under the new key first. These tokens are made that way on purpose.
 */
async function pairUnderOldKeys({ client, app }: Signed) {
  await obtainTokens(server, client, app, 'read');
  const found = await server.services.clients.findByClientId(app.clientId);
  const owner = (await server.db.query(
    'SELECT user_id FROM oauth_authorizations WHERE app_id = ?',
    [found?.id],
  )) as { user_id: string }[];
  const pair = { access: timeOrderedToken('bnd_at_'), refresh: timeOrderedToken('bnd_rt_') };
  const grantId = randomBytes(16).toString('hex');
  const now = Date.now();
  for (const [kind, raw] of [
    ['access', pair.access],
    ['refresh', pair.refresh],
  ] as const) {
    await server.db.query(
      `INSERT INTO oauth_tokens (token_hash, kind, app_id, user_id, scope, grant_id, created_at, expires_at)
       VALUES (?, ?, ?, ?, 'read', ?, ?, ?)`,
      [sha256(raw), kind, found?.id, owner[0]?.user_id, grantId, now, now + 3600_000],
    );
  }
  return pair;
}

describe('token keys: the mint time first, tokens stored before still valid', () => {
  it('issues tokens that carry their mint time in their first six bytes', async () => {
    const { client, app } = await userWithApp(server, { requireSecret: true });
    const before = Date.now();
    const tokens = await obtainTokens(server, client, app, 'read');
    const after = Date.now();
    for (const token of [tokens.access_token, tokens.refresh_token]) {
      expect(token).toMatch(/^bnd_(at|rt)_[A-Za-z0-9_-]{43}$/);
      const minted = Buffer.from(token.slice(7, 15), 'base64url').readUIntBE(0, 6);
      expect(minted).toBeGreaterThanOrEqual(before);
      expect(minted).toBeLessThanOrEqual(after);
    }
  });

  it('accepts an access token stored under its plain digest: bearer check, introspection, revocation', async () => {
    const setup = await userWithApp(server, { requireSecret: true });
    const { access } = await pairUnderOldKeys(setup);
    expect((await viewerWith(server, access)).status).toBe(200);
    expect(await introspect(server, setup.app, access)).toMatchObject({ active: true });
    const revoked = await post(server, setup.app, '/oauth/revoke', { token: access });
    expect(revoked.status).toBe(200);
    expect((await viewerWith(server, access)).status).toBe(401);
  });

  it('rotates a refresh token stored under its plain digest, and a replay still revokes the grant', async () => {
    const setup = await userWithApp(server, { requireSecret: true });
    const { refresh } = await pairUnderOldKeys(setup);
    const rotated = await post(server, setup.app, '/oauth/token', {
      grant_type: 'refresh_token',
      refresh_token: refresh,
    });
    expect(rotated.status).toBe(200);
    const access = String(rotated.body.access_token);
    expect((await viewerWith(server, access)).status).toBe(200);
    const replay = await post(server, setup.app, '/oauth/token', {
      grant_type: 'refresh_token',
      refresh_token: refresh,
    });
    expect(replay.body).toMatchObject({
      error: 'invalid_grant',
      error_description: 'The refresh token was already used',
    });
    expect((await viewerWith(server, access)).status).toBe(401);
  });
});
