import { Table, TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * OpenID Connect (Core 1.0):
 *
 * - `oidc_signing_keys`: the ID token signing keys, shared by every instance. The private JWK is
 *   sealed with SECRET_KEY like a client secret. `active_alg` holds the algorithm while the key
 *   signs and is NULL once it is retired; its unique index lets exactly one key per algorithm be
 *   active, so instances racing at first start end with one key (the losers' INSERT fails and
 *   they read the winner's). A retired key stays published until every ID token it signed has
 *   expired.
 * - `nonce` and `auth_time` on pending authorize requests and codes (§3.1.2.1, §2): the nonce is
 *   echoed in the ID token, auth_time is when the session's password was last proven.
 * - `auth_time` on device requests, set by the approving session.
 * - `oidc_grant_sign_ins`: the auth_time of a grant (code or device code), so ID tokens from
 *   later refreshes carry the original sign-in time (§12.2).
 */
export class OpenIdSigningKeys1765300000000 implements MigrationInterface {
  name = 'OpenIdSigningKeys1765300000000';

  async up(q: QueryRunner): Promise<void> {
    const mysql = q.connection.driver.options.type === 'mysql';
    await q.createTable(
      new Table({
        name: 'oidc_signing_keys',
        columns: [
          { name: 'kid', type: 'varchar', length: '64', isPrimary: true },
          { name: 'alg', type: 'varchar', length: '10' },
          { name: 'public_jwk', type: 'varchar', length: '2000' },
          { name: 'private_jwk_sealed', type: mysql ? 'mediumtext' : 'text' },
          { name: 'active_alg', type: 'varchar', length: '10', isNullable: true },
          { name: 'created_at', type: 'bigint' },
          { name: 'retired_at', type: 'bigint', isNullable: true },
        ],
        indices: [
          new TableIndex({
            name: 'uq_oidc_signing_keys_active_alg',
            columnNames: ['active_alg'],
            isUnique: true,
          }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'oidc_grant_sign_ins',
        columns: [
          { name: 'grant_id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'auth_time', type: 'bigint' },
          { name: 'created_at', type: 'bigint' },
        ],
      }),
    );
    const signIn = () => [
      new TableColumn({ name: 'nonce', type: 'varchar', length: '512', isNullable: true }),
      new TableColumn({ name: 'auth_time', type: 'bigint', isNullable: true }),
    ];
    await q.addColumns('oauth_authorization_requests', signIn());
    await q.addColumns('oauth_authorization_codes', signIn());
    await q.addColumn(
      'oauth_device_authorizations',
      new TableColumn({ name: 'auth_time', type: 'bigint', isNullable: true }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('oidc_grant_sign_ins');
    await q.dropTable('oidc_signing_keys');
    const columns: [string, string[]][] = [
      ['oauth_authorization_requests', ['nonce', 'auth_time']],
      ['oauth_authorization_codes', ['nonce', 'auth_time']],
      ['oauth_device_authorizations', ['auth_time']],
    ];
    const mysql = q.connection.driver.options.type === 'mysql';
    for (const [table, names] of columns) {
      if (mysql) await q.dropColumns(table, names);
      // As in the device-flow migration: SQLite drops an unindexed column in place.
      else for (const name of names) await q.query(`ALTER TABLE "${table}" DROP COLUMN "${name}"`);
    }
  }
}
