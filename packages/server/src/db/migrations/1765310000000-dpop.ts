import { Table, TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * DPoP (RFC 9449):
 *
 * - `oauth_tokens.jkt`: the JWK SHA-256 thumbprint (RFC 7638, base64url, 43 characters) of the
 *   key a token is bound to (§6.1 `cnf.jkt`); null for a bearer token.
 * - `oauth_authorization_requests.dpop_jkt` and `oauth_authorization_codes.dpop_jkt`: the
 *   `dpop_jkt` authorize parameter (§10), carried from the request to its code.
 * - `oauth_apps.require_dpop`: the owner's switch, off for every existing app.
 * - `dpop_proofs`: the `jti` of every accepted proof, as SHA-256 hex, until the proof would be
 *   refused for its age anyway (§11.1); one table, so every instance and node sees each use.
 */
export class Dpop1765310000000 implements MigrationInterface {
  name = 'Dpop1765310000000';

  async up(q: QueryRunner): Promise<void> {
    const jkt = (name: string) =>
      new TableColumn({ name, type: 'varchar', length: '43', isNullable: true });
    await q.addColumn('oauth_tokens', jkt('jkt'));
    await q.addColumn('oauth_authorization_requests', jkt('dpop_jkt'));
    await q.addColumn('oauth_authorization_codes', jkt('dpop_jkt'));
    await q.addColumn(
      'oauth_apps',
      new TableColumn({ name: 'require_dpop', type: 'boolean', default: 0 }),
    );
    await q.createTable(
      new Table({
        name: 'dpop_proofs',
        columns: [
          { name: 'jti_hash', type: 'varchar', length: '64', isPrimary: true },
          { name: 'expires_at', type: 'bigint' },
        ],
        indices: [new TableIndex({ name: 'ix_dpop_proofs_expires', columnNames: ['expires_at'] })],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('dpop_proofs');
    const columns: [string, string][] = [
      ['oauth_tokens', 'jkt'],
      ['oauth_authorization_requests', 'dpop_jkt'],
      ['oauth_authorization_codes', 'dpop_jkt'],
      ['oauth_apps', 'require_dpop'],
    ];
    const mysql = q.connection.driver.options.type === 'mysql';
    // As in the earlier migrations: SQLite drops an unindexed column in place, where TypeORM's
    // table rebuild would cascade to every row that references the table.
    for (const [table, column] of columns)
      if (mysql) await q.dropColumn(table, column);
      else await q.query(`ALTER TABLE "${table}" DROP COLUMN "${column}"`);
  }
}
