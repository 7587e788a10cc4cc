import {
  Table,
  TableForeignKey,
  TableIndex,
  type MigrationInterface,
  type QueryRunner,
} from 'typeorm';

const PREVIOUS = 'oidc_grant_sign_ins_previous';

/**
 * `oidc_grant_sign_ins` rows end with their grant (OpenID Connect Core §12.2 needs the
 * auth_time only while the grant can still be refreshed):
 *
 * - `app_id`, `user_id`: the pair the grant's tokens belong to, with the same foreign key to
 *   the user's authorization of the app as `oauth_tokens`, so revoking access, deleting the app
 *   or the account takes the rows along; its index serves the app-wide sign-outs (a rotated or
 *   removed secret, a suspension), which delete by app.
 * - `expires_at`: no earlier than the grant's newest refresh token expires, pushed forward on
 *   refresh (see grant-sign-in.store.ts); indexed, so a sweep removes the rows of grants whose
 *   tokens all expired.
 *
 * The table is rebuilt (as the token-chain migration rebuilt oauth_tokens) so that the new
 * columns are NOT NULL on both databases. A row is carried over with the pair and the latest
 * expiry of its grant's refresh tokens; a row whose grant has no unexpired refresh token left
 * describes nothing and is dropped.
 */
export class GrantSignInsEndWithGrant1765350000000 implements MigrationInterface {
  name = 'GrantSignInsEndWithGrant1765350000000';

  async up(q: QueryRunner): Promise<void> {
    await q.renameTable('oidc_grant_sign_ins', PREVIOUS);
    await q.createTable(
      new Table({
        name: 'oidc_grant_sign_ins',
        columns: [
          { name: 'grant_id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'app_id', type: 'varchar', length: '36' },
          { name: 'user_id', type: 'varchar', length: '36' },
          { name: 'auth_time', type: 'bigint' },
          { name: 'created_at', type: 'bigint' },
          { name: 'expires_at', type: 'bigint' },
        ],
        indices: [
          new TableIndex({
            name: 'ix_oidc_grant_sign_ins_pair',
            columnNames: ['app_id', 'user_id'],
          }),
          new TableIndex({ name: 'ix_oidc_grant_sign_ins_expires', columnNames: ['expires_at'] }),
        ],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['app_id', 'user_id'],
            referencedTableName: 'oauth_authorizations',
            referencedColumnNames: ['app_id', 'user_id'],
            onDelete: 'CASCADE',
          }),
        ],
      }),
    );
    // A grant's tokens all belong to one pair, so each grant makes one group.
    await q.query(
      `INSERT INTO oidc_grant_sign_ins (grant_id, app_id, user_id, auth_time, created_at, expires_at)
       SELECT s.grant_id, t.app_id, t.user_id, s.auth_time, s.created_at, MAX(t.expires_at)
         FROM ${PREVIOUS} s
         JOIN oauth_tokens t ON t.grant_id = s.grant_id AND t.kind = 'refresh'
        GROUP BY s.grant_id, t.app_id, t.user_id, s.auth_time, s.created_at
       HAVING MAX(t.expires_at) > ?`,
      [Date.now()],
    );
    await q.dropTable(PREVIOUS);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.renameTable('oidc_grant_sign_ins', PREVIOUS);
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
    await q.query(
      `INSERT INTO oidc_grant_sign_ins (grant_id, auth_time, created_at)
       SELECT grant_id, auth_time, created_at FROM ${PREVIOUS}`,
    );
    await q.dropTable(PREVIOUS);
  }
}
