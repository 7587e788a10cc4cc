import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * `oauth_apps.id_token_signed_response_alg` (OpenID Connect Dynamic Client Registration 1.0
 * §2): the algorithm the app's ID tokens are signed with, RS256 (the default, and what every
 * existing app got so far) or ES256.
 */
export class IdTokenSigningAlg1765340000000 implements MigrationInterface {
  name = 'IdTokenSigningAlg1765340000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn(
      'oauth_apps',
      new TableColumn({
        name: 'id_token_signed_response_alg',
        type: 'varchar',
        length: '10',
        default: "'RS256'",
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    // As in the earlier migrations: SQLite drops an unindexed column in place, where TypeORM's
    // table rebuild would cascade to every row that references the table.
    if (q.connection.driver.options.type === 'mysql')
      await q.dropColumn('oauth_apps', 'id_token_signed_response_alg');
    else await q.query('ALTER TABLE "oauth_apps" DROP COLUMN "id_token_signed_response_alg"');
  }
}
