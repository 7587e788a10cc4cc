import {
  Table,
  TableColumn,
  TableForeignKey,
  TableIndex,
  type MigrationInterface,
  type QueryRunner,
} from 'typeorm';

const optionalText = (name: string, length: number) =>
  new TableColumn({ name, type: 'varchar', length: String(length), isNullable: true });

/**
 * The device authorization grant (RFC 8628) and what the consent page says of an app:
 *
 * - `allow_device_flow` on the app, off for every existing app;
 * - the app's description and its homepage, privacy policy and terms of service links;
 * - `oauth_device_authorizations`: one row per device request, keyed by the SHA-256 of the
 *   device code; the user code is kept as its SHA-256 too (unique while the row lives), so the
 *   table holds nothing a poller or a user could present.
 */
export class DeviceFlowAndAppIdentity1765000000000 implements MigrationInterface {
  name = 'DeviceFlowAndAppIdentity1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('oauth_apps', [
      new TableColumn({ name: 'allow_device_flow', type: 'boolean', default: 0 }),
      optionalText('description', 400),
      optionalText('homepage_url', 2000),
      optionalText('privacy_policy_url', 2000),
      optionalText('terms_of_service_url', 2000),
    ]);
    await q.createTable(
      new Table({
        name: 'oauth_device_authorizations',
        columns: [
          { name: 'device_code_hash', type: 'varchar', length: '64', isPrimary: true },
          { name: 'user_code_hash', type: 'varchar', length: '64' },
          { name: 'app_id', type: 'varchar', length: '36' },
          { name: 'scope', type: 'varchar', length: '255' },
          // pending → approved or denied → used (approved and redeemed)
          { name: 'status', type: 'varchar', length: '10' },
          { name: 'user_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'interval_seconds', type: 'int' },
          { name: 'last_polled_at', type: 'bigint', isNullable: true },
          { name: 'created_at', type: 'bigint' },
          { name: 'expires_at', type: 'bigint' },
        ],
        indices: [
          new TableIndex({
            name: 'uq_oauth_device_authorizations_user_code',
            columnNames: ['user_code_hash'],
            isUnique: true,
          }),
          new TableIndex({
            name: 'ix_oauth_device_authorizations_expires',
            columnNames: ['expires_at'],
          }),
          new TableIndex({
            name: 'ix_oauth_device_authorizations_app_user',
            columnNames: ['app_id', 'user_id'],
          }),
        ],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['app_id'],
            referencedTableName: 'oauth_apps',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
          new TableForeignKey({
            columnNames: ['user_id'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('oauth_device_authorizations');
    const columns = [
      'terms_of_service_url',
      'privacy_policy_url',
      'homepage_url',
      'description',
      'allow_device_flow',
    ];
    if (q.connection.driver.options.type === 'mysql') {
      await q.dropColumns('oauth_apps', columns);
      return;
    }
    // TypeORM drops a SQLite column by rebuilding the table, and a revert runs inside a
    // transaction where foreign keys cannot be switched off: rebuilding oauth_apps would cascade
    // to every authorization and token. SQLite (3.35+) drops an unindexed column in place.
    for (const column of columns) await q.query(`ALTER TABLE "oauth_apps" DROP COLUMN "${column}"`);
  }
}
