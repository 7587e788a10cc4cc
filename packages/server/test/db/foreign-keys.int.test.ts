import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../src/crypto/tokens.js';
import { connectApp, rest, type Connection } from '../api/rest.js';
import { GQL, gqlOk } from '../apps/owned-apps.js';
import type { TestApp } from '../helpers/oauth.js';
import { useTestServer } from '../helpers/server.js';
import { introspect, post } from '../oauth/support.js';

const server = useTestServer();

const REVOKE = `mutation($clientId: String!) { revokeAuthorizedOAuthApp(clientId: $clientId) }`;

/** Token rows of the connection's app and user, counted in the test's own database. */
async function tokenRows(connection: Connection): Promise<number> {
  const [row] = (await server.db.query(
    `SELECT COUNT(*) AS n FROM oauth_tokens t JOIN oauth_apps a ON a.id = t.app_id
      WHERE a.client_id = ?`,
    [connection.app.clientId],
  )) as { n: number | string }[];
  return Number(row?.n);
}

const appIdOf = async (app: TestApp) =>
  (await server.services.clients.findByClientId(app.clientId))?.id ?? '';

/**
 * What a user and the app see of the connection's tokens once they are gone: the API refuses the
 * access token; where the app still exists, refreshing fails and, while it is confidential (only
 * confidential clients may introspect, RFC 7662 §2.1), introspection says inactive.
 */
async function expectTokensDead(connection: Connection, as: TestApp | null) {
  const { access_token, refresh_token } = connection.tokens;
  expect((await rest(server, access_token, 'GET', '/me')).status).toBe(401);
  expect((await rest(server, access_token, 'GET', '/notes')).status).toBe(401);
  if (as) {
    if (as.requireSecret) {
      expect(await introspect(server, as, access_token)).toEqual({ active: false });
      expect(await introspect(server, as, refresh_token)).toEqual({ active: false });
    }
    const refreshed = await post(server, as, '/oauth/token', {
      grant_type: 'refresh_token',
      refresh_token,
    });
    expect(refreshed.body).toMatchObject({ error: 'invalid_grant' });
  }
  expect(await tokenRows(connection)).toBe(0);
}

/** A live connection of a confidential app: its tokens work and are stored (access, refresh). */
async function liveConnection(): Promise<Connection> {
  const connection = await connectApp(server, 'read', { requireSecret: true });
  expect((await rest(server, connection.tokens.access_token, 'GET', '/notes')).status).toBe(200);
  expect(await introspect(server, connection.app, connection.tokens.access_token)).toMatchObject({
    active: true,
  });
  expect(await tokenRows(connection)).toBe(2);
  return connection;
}

describe('foreign keys', () => {
  it('are enforced on the server’s database connection', async () => {
    const setting = (await server.db.query(
      server.db.options.type === 'mysql'
        ? 'SELECT @@foreign_key_checks AS on_'
        : 'PRAGMA foreign_keys',
    )) as Record<string, number | string>[];
    expect(Number(Object.values(setting[0] ?? {})[0])).toBe(1);
    // A token row for an authorization that does not exist is refused by the schema.
    const insert = server.db.query(
      `INSERT INTO oauth_tokens (token_hash, kind, app_id, user_id, scope, grant_id, created_at, expires_at)
       VALUES (?, 'access', 'no-such-app', 'no-such-user', 'read', 'g', 0, 1)`,
      [sha256(randomBytes(16).toString('hex'))],
    );
    await expect(insert).rejects.toThrow(/foreign key/i);
  });

  it('take the tokens when the authorization row is deleted, so the bearer check sees none', async () => {
    const connection = await liveConnection();
    // Straight in the database, past every service: only the schema's cascade is left to act.
    await server.db.query('DELETE FROM oauth_authorizations WHERE app_id = ? AND user_id = ?', [
      await appIdOf(connection.app),
      connection.user.id,
    ]);
    await expectTokensDead(connection, connection.app);
  });

  it('take the tokens when the app row is deleted', async () => {
    const connection = await liveConnection();
    const appId = await appIdOf(connection.app);
    await server.db.query('DELETE FROM oauth_apps WHERE id = ?', [appId]);
    await expectTokensDead(connection, null);
    const [left] = (await server.db.query(
      'SELECT COUNT(*) AS n FROM oauth_tokens WHERE app_id = ?',
      [appId],
    )) as { n: number | string }[];
    expect(Number(left?.n)).toBe(0);
  });
});

describe('signing an app out leaves no token row behind', () => {
  it('when the owner deletes the app', async () => {
    const connection = await liveConnection();
    const appId = await appIdOf(connection.app);
    await gqlOk(connection.owner, GQL.delete, { clientId: connection.app.clientId });
    await expectTokensDead(connection, null);
    const [left] = (await server.db.query(
      'SELECT COUNT(*) AS n FROM oauth_tokens WHERE app_id = ?',
      [appId],
    )) as { n: number | string }[];
    expect(Number(left?.n)).toBe(0);
  });

  it('when the user revokes the authorization', async () => {
    const connection = await liveConnection();
    await gqlOk(connection.user, REVOKE, { clientId: connection.app.clientId });
    await expectTokensDead(connection, connection.app);
  });

  it('when the owner rotates the secret', async () => {
    const connection = await liveConnection();
    const rotated = await gqlOk<{ rotateOAuthAppSecret: { clientSecret: string } }>(
      connection.owner,
      GQL.rotate,
      { clientId: connection.app.clientId },
    );
    const withNewSecret = {
      ...connection.app,
      clientSecret: rotated.rotateOAuthAppSecret.clientSecret,
    };
    await expectTokensDead(connection, withNewSecret);
  });

  it('when the owner turns the secret off', async () => {
    const connection = await liveConnection();
    await gqlOk(connection.owner, GQL.requireSecret, {
      clientId: connection.app.clientId,
      requireSecret: false,
    });
    await expectTokensDead(connection, {
      ...connection.app,
      clientSecret: null,
      requireSecret: false,
    });
  });
});

describe('oauth_authorizations', () => {
  it('has one unique key on the (app, user) pair, the one the tokens reference', async () => {
    const runner = server.db.createQueryRunner();
    try {
      const table = await runner.getTable('oauth_authorizations');
      const unique = (table?.indices ?? [])
        .filter((index) => index.isUnique)
        .map((index) => index.columnNames.join(','));
      expect(unique).toEqual(['app_id,user_id']);
    } finally {
      await runner.release();
    }
  });
});
