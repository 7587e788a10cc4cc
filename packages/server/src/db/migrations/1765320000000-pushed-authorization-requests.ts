import {
  Table,
  TableColumn,
  TableForeignKey,
  TableIndex,
  type MigrationInterface,
  type QueryRunner,
} from 'typeorm';

/**
 * Pushed authorization requests (RFC 9126):
 *
 * - `oauth_apps.require_pushed_authorization_requests`: the owner's switch (§5), off for every
 *   existing app;
 * - `oauth_pushed_requests`: one row per pushed request, keyed by the SHA-256 of its
 *   request_uri's random part, with the pushed parameters, the expiry and when it was used.
 *   Rows go with their app.
 */
export class PushedAuthorizationRequests1765320000000 implements MigrationInterface {
  name = 'PushedAuthorizationRequests1765320000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn(
      'oauth_apps',
      new TableColumn({
        name: 'require_pushed_authorization_requests',
        type: 'boolean',
        default: 0,
      }),
    );
    await q.createTable(
      new Table({
        name: 'oauth_pushed_requests',
        columns: [
          { name: 'reference_hash', type: 'varchar', length: '64', isPrimary: true },
          { name: 'app_id', type: 'varchar', length: '36' },
          { name: 'params', type: 'text' },
          { name: 'expires_at', type: 'bigint' },
          { name: 'used_at', type: 'bigint', isNullable: true },
        ],
        indices: [
          new TableIndex({ name: 'ix_oauth_pushed_requests_expires', columnNames: ['expires_at'] }),
        ],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['app_id'],
            referencedTableName: 'oauth_apps',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('oauth_pushed_requests');
    if (q.connection.driver.options.type === 'mysql') {
      await q.dropColumn('oauth_apps', 'require_pushed_authorization_requests');
      return;
    }
    // As in the device-flow migration: SQLite drops an unindexed column in place, where
    // TypeORM's table rebuild would cascade to every authorization and token.
    await q.query(`ALTER TABLE "oauth_apps" DROP COLUMN "require_pushed_authorization_requests"`);
  }
}
