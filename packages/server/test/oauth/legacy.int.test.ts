import { randomBytes, createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { authorize } from '../helpers/oauth.js';
import { useTestServer } from '../helpers/server.js';
import {
  authorizeParams,
  authorizePath,
  introspect,
  post,
  userWithApp,
  type Signed,
} from './support.js';

const server = useTestServer();

const LEGACY_SCOPE = 'notes:write admin';

/** A pre-release grant as the old system left it: custom scopes on the consent and the token. */
async function legacyGrant({ user, app }: Signed): Promise<string> {
  const found = await server.services.clients.findByClientId(app.clientId);
  if (!found) throw new Error('app not found');
  const now = Date.now();
  const refreshToken = `old_${randomBytes(24).toString('hex')}`;
  await server.db.query(
    `INSERT INTO oauth_authorizations (id, user_id, app_id, scope, created_at, updated_at, last_used_at)
     VALUES (?, ?, ?, ?, ?, ?, NULL)`,
    [crypto.randomUUID(), user.id, found.id, LEGACY_SCOPE, now, now],
  );
  await server.db.query(
    `INSERT INTO oauth_tokens (token_hash, kind, app_id, user_id, scope, grant_id, created_at, expires_at)
     VALUES (?, 'refresh', ?, ?, ?, ?, ?, ?)`,
    [
      createHash('sha256').update(refreshToken).digest(),
      found.id,
      user.id,
      LEGACY_SCOPE,
      `legacy-${randomBytes(8).toString('hex')}`,
      now,
      now + 3600_000,
    ],
  );
  return refreshToken;
}

describe('legacy (pre-release) grants in the OAuth flow', () => {
  it('refreshes a legacy refresh token into read-only tokens', async () => {
    const setup = await userWithApp(server, { requireSecret: true });
    const refreshToken = await legacyGrant(setup);
    const response = await post(server, setup.app, '/oauth/token', {
      grant_type: 'refresh_token',
      refresh_token: refreshToken,
    });
    expect(response.status).toBe(200);
    expect(response.body.scope).toBe('read');
    expect(await introspect(server, setup.app, String(response.body.access_token))).toMatchObject({
      active: true,
      scope: 'read',
    });
    const widen = await post(server, setup.app, '/oauth/token', {
      grant_type: 'refresh_token',
      refresh_token: String(response.body.refresh_token),
      scope: 'write',
    });
    expect(widen.body.error).toBe('invalid_scope');
  });

  it('asks for consent again instead of trusting a legacy grant, then grants explicitly', async () => {
    const setup = await userWithApp(server, { requireSecret: true });
    await legacyGrant(setup);
    const { client, app } = setup;
    const first = await client.fetch(authorizePath(authorizeParams(app, { scope: 'read' })));
    expect(new URL(first.headers.get('location') ?? '', server.url).pathname).toBe(
      '/oauth/consent',
    );
    const approved = await authorize(client, authorizeParams(app, { scope: 'read write' }));
    expect(approved.code).toBeTruthy();
    const rows = (await server.db.query(
      'SELECT scope FROM oauth_authorizations WHERE user_id = ?',
      [setup.user.id],
    )) as { scope: string }[];
    expect(rows).toEqual([{ scope: 'read write' }]);
    const skipped = await client.fetch(authorizePath(authorizeParams(app, { scope: 'write' })));
    expect(
      new URL(skipped.headers.get('location') ?? '', server.url).searchParams.get('code'),
    ).toBeTruthy();
  });
});
