import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * What a leaked credential and an operator's suspension need:
 *
 * - `oauth_apps.secret_hash`: the SHA-256 of the client secret (BINARY(32) on MySQL, BLOB on
 *   SQLite), indexed, so a secret reported found in public is found by value without opening
 *   every sealed secret. Secrets are 256 random bits, so an unsalted digest reveals nothing. The
 *   migration cannot open the sealed secrets (it has no SECRET_KEY); existing apps get their
 *   digest lazily, the first time a reported secret is not found (oauth/credentials/).
 * - `oauth_apps.secret_leak_url`: where a scanner found the secret, shown on the app page.
 * - `oauth_apps.rotate_secret_on_leak`: the owner's switch, off for every existing app.
 * - `oauth_apps.suspended_at` and `suspended_reason`: set and cleared by the admin CLI only.
 * - `oauth_authorizations.token_leaked_at`: a token of this authorization was found in public
 *   and revoked; the user's authorized-apps list says so.
 */
export class LeakedCredentialsAndSuspension1765200000000 implements MigrationInterface {
  name = 'LeakedCredentialsAndSuspension1765200000000';

  async up(q: QueryRunner): Promise<void> {
    const mysql = q.connection.driver.options.type === 'mysql';
    await q.addColumns('oauth_apps', [
      new TableColumn({
        name: 'secret_hash',
        type: mysql ? 'binary' : 'blob',
        length: mysql ? '32' : undefined,
        isNullable: true,
      }),
      new TableColumn({
        name: 'secret_leak_url',
        type: 'varchar',
        length: '2000',
        isNullable: true,
      }),
      new TableColumn({ name: 'rotate_secret_on_leak', type: 'boolean', default: 0 }),
      new TableColumn({ name: 'suspended_at', type: 'bigint', isNullable: true }),
      new TableColumn({
        name: 'suspended_reason',
        type: 'varchar',
        length: '500',
        isNullable: true,
      }),
    ]);
    await q.createIndex(
      'oauth_apps',
      new TableIndex({ name: 'ix_oauth_apps_secret_hash', columnNames: ['secret_hash'] }),
    );
    await q.addColumn(
      'oauth_authorizations',
      new TableColumn({ name: 'token_leaked_at', type: 'bigint', isNullable: true }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('oauth_apps', 'ix_oauth_apps_secret_hash');
    const appColumns = [
      'secret_hash',
      'secret_leak_url',
      'rotate_secret_on_leak',
      'suspended_at',
      'suspended_reason',
    ];
    if (q.connection.driver.options.type === 'mysql') {
      await q.dropColumns('oauth_apps', appColumns);
      await q.dropColumn('oauth_authorizations', 'token_leaked_at');
      return;
    }
    // As in the device-flow migration: SQLite drops an unindexed column in place, where
    // TypeORM's table rebuild would cascade to every authorization and token.
    for (const column of appColumns)
      await q.query(`ALTER TABLE "oauth_apps" DROP COLUMN "${column}"`);
    await q.query(`ALTER TABLE "oauth_authorizations" DROP COLUMN "token_leaked_at"`);
  }
}
