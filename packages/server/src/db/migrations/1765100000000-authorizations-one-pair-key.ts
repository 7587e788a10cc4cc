import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * oauth_authorizations had two unique keys on the same pair: (user_id, app_id) from the initial
 * schema and (app_id, user_id), which the tokens' foreign key references (see the token-chain
 * migration). One suffices for the one-row-per-pair rule; the (app_id, user_id) key stays. The
 * users foreign key still needs an index that starts with user_id (MySQL requires one, SQLite
 * uses it for the cascade), and the user's authorized-apps list reads by user_id: a plain index.
 */
export class AuthorizationsOnePairKey1765100000000 implements MigrationInterface {
  name = 'AuthorizationsOnePairKey1765100000000';

  async up(q: QueryRunner): Promise<void> {
    // Created first: MySQL refuses to drop the only index a foreign key can use.
    await q.createIndex(
      'oauth_authorizations',
      new TableIndex({ name: 'ix_oauth_authorizations_user', columnNames: ['user_id'] }),
    );
    await q.dropIndex('oauth_authorizations', 'uq_oauth_authorizations_user_app');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.createIndex(
      'oauth_authorizations',
      new TableIndex({
        name: 'uq_oauth_authorizations_user_app',
        columnNames: ['user_id', 'app_id'],
        isUnique: true,
      }),
    );
    await q.dropIndex('oauth_authorizations', 'ix_oauth_authorizations_user');
  }
}
