import {
  Table,
  TableForeignKey,
  TableIndex,
  type MigrationInterface,
  type QueryRunner,
} from 'typeorm';

const COPIED = 'kind, app_id, user_id, scope, grant_id, created_at, expires_at, last_used_at';

/**
 * Rebuilds oauth_tokens so that it stays fast as it grows and so that a refresh is one INSERT:
 *
 * - Rows are keyed by an increasing id, so new tokens append to the clustered index instead of
 *   landing on a random page of it; the SHA-256 hash moves to a unique index of raw bytes.
 * - A refresh token minted by a refresh names the one it replaces in `parent_id`, unique (with
 *   the kind): of two racing refreshes of one token only one INSERT can succeed (RFC 6749 §10.4,
 *   RFC 9700 §4.14.2), with no UPDATE and no explicit transaction. A refresh token is spent once
 *   a refresh token names it as parent; `used_at` goes. The foreign key makes the INSERT fail
 *   if its parent was revoked in the meantime.
 * - Tokens reference the user's authorization of the app (app_id, user_id) instead of the user
 *   and the app apart: revoking access takes the tokens with it, and each new row costs one
 *   foreign-key check and one index fewer.
 * - The grant index goes; (app_id, user_id) remains. Every revocation knows the pair, so a grant
 *   is found among its pair's rows, and since ids increase, a pair's new tokens append to the end
 *   of its range instead of landing at a random grant id across the whole index.
 *
 * Existing chains are carried over: within a grant, refresh tokens in issue order each become
 * the parent of the next. A spent refresh token with no successor cannot be represented and is
 * dropped (it could never be used again; presenting it now answers invalid_grant).
 */
export class TokenChain1764900000000 implements MigrationInterface {
  name = 'TokenChain1764900000000';

  async up(q: QueryRunner): Promise<void> {
    const mysql = q.connection.driver.options.type === 'mysql';
    // The tokens' foreign key references (app_id, user_id) on the authorizations, which must be a
    // unique key in that order (MySQL 8.4 refuses foreign keys to non-unique keys). It also
    // serves the authorizations' own app foreign key, so it replaces the app_id index.
    await q.createIndex(
      'oauth_authorizations',
      new TableIndex({
        name: 'uq_oauth_authorizations_app_user',
        columnNames: ['app_id', 'user_id'],
        isUnique: true,
      }),
    );
    await q.dropIndex('oauth_authorizations', 'ix_oauth_authorizations_app');
    // The old table steps aside first, so the new one's self-reference names its final table.
    await q.renameTable('oauth_tokens', 'oauth_tokens_previous');
    await q.createTable(
      new Table({
        name: 'oauth_tokens',
        columns: [
          {
            name: 'id',
            // SQLite only autoincrements an INTEGER PRIMARY KEY.
            type: mysql ? 'bigint' : 'integer',
            isPrimary: true,
            isGenerated: true,
            generationStrategy: 'increment',
          },
          { name: 'token_hash', type: mysql ? 'binary' : 'blob', length: mysql ? '32' : undefined },
          { name: 'kind', type: 'varchar', length: '10' },
          { name: 'app_id', type: 'varchar', length: '36' },
          { name: 'user_id', type: 'varchar', length: '36' },
          { name: 'scope', type: 'varchar', length: '255' },
          { name: 'grant_id', type: 'varchar', length: '64' },
          { name: 'parent_id', type: mysql ? 'bigint' : 'integer', isNullable: true },
          { name: 'created_at', type: 'bigint' },
          { name: 'expires_at', type: 'bigint' },
          { name: 'last_used_at', type: 'bigint', isNullable: true },
        ],
        indices: [
          new TableIndex({
            name: 'uq_oauth_tokens_hash',
            columnNames: ['token_hash'],
            isUnique: true,
          }),
          new TableIndex({
            name: 'uq_oauth_tokens_parent_kind',
            columnNames: ['parent_id', 'kind'],
            isUnique: true,
          }),
          new TableIndex({ name: 'ix_oauth_tokens_pair', columnNames: ['app_id', 'user_id'] }),
        ],
        foreignKeys: [
          // A token belongs to the user's authorization of the app, which belongs to both.
          new TableForeignKey({
            columnNames: ['app_id', 'user_id'],
            referencedTableName: 'oauth_authorizations',
            referencedColumnNames: ['app_id', 'user_id'],
            onDelete: 'CASCADE',
          }),
          // SET NULL, not CASCADE: deleting an old link must not take the live end of a chain.
          new TableForeignKey({
            columnNames: ['parent_id'],
            referencedTableName: 'oauth_tokens',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          }),
        ],
      }),
    );
    // Ids in issue order (a spent token before its successor issued in the same millisecond),
    // inserted in that order so every parent exists before its child. Each refresh token's
    // parent is the spent refresh token before it. A token whose authorization is gone could
    // never pass the bearer check; it is not carried over.
    await q.query(
      `INSERT INTO oauth_tokens (id, token_hash, parent_id, ${COPIED})
       SELECT n, UNHEX(token_hash), CASE WHEN kind = 'refresh' AND prev_spent = 1 THEN prev_n END,
              ${COPIED}
         FROM (SELECT numbered.*,
                      LAG(n) OVER chain AS prev_n,
                      LAG(CASE WHEN used_at IS NULL THEN 0 ELSE 1 END) OVER chain AS prev_spent,
                      LEAD(n) OVER chain AS next_n
                 FROM (SELECT t.*,
                              ROW_NUMBER() OVER (ORDER BY created_at,
                                CASE WHEN used_at IS NULL THEN 1 ELSE 0 END, token_hash) AS n
                         FROM oauth_tokens_previous t) numbered
               WINDOW chain AS (PARTITION BY grant_id, kind ORDER BY n)) c
        WHERE NOT (kind = 'refresh' AND used_at IS NOT NULL AND next_n IS NULL)
          AND EXISTS (SELECT 1 FROM oauth_authorizations z
                       WHERE z.app_id = c.app_id AND z.user_id = c.user_id)
        ORDER BY n`,
    );
    await q.dropTable('oauth_tokens_previous');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'oauth_tokens_previous',
        columns: [
          { name: 'token_hash', type: 'varchar', length: '64', isPrimary: true },
          { name: 'kind', type: 'varchar', length: '10' },
          { name: 'app_id', type: 'varchar', length: '36' },
          { name: 'user_id', type: 'varchar', length: '36' },
          { name: 'scope', type: 'varchar', length: '255' },
          { name: 'grant_id', type: 'varchar', length: '64' },
          { name: 'created_at', type: 'bigint' },
          { name: 'expires_at', type: 'bigint' },
          { name: 'used_at', type: 'bigint', isNullable: true },
          { name: 'last_used_at', type: 'bigint', isNullable: true },
        ],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['user_id'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
          new TableForeignKey({
            columnNames: ['app_id'],
            referencedTableName: 'oauth_apps',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
        ],
      }),
    );
    // A token with a refresh-token child was spent when the child was issued.
    await q.query(
      `INSERT INTO oauth_tokens_previous (token_hash, used_at, ${COPIED})
       SELECT LOWER(HEX(t.token_hash)), (SELECT c.created_at FROM oauth_tokens c
                                          WHERE c.parent_id = t.id AND c.kind = 'refresh'),
              ${COPIED.split(', ')
                .map((column) => `t.${column}`)
                .join(', ')}
         FROM oauth_tokens t`,
    );
    await q.dropTable('oauth_tokens');
    await q.renameTable('oauth_tokens_previous', 'oauth_tokens');
    await q.createIndex(
      'oauth_tokens',
      new TableIndex({ name: 'ix_oauth_tokens_grant', columnNames: ['grant_id'] }),
    );
    await q.createIndex(
      'oauth_tokens',
      new TableIndex({ name: 'ix_oauth_tokens_app_user', columnNames: ['app_id', 'user_id'] }),
    );
    await q.createIndex(
      'oauth_authorizations',
      new TableIndex({ name: 'ix_oauth_authorizations_app', columnNames: ['app_id'] }),
    );
    await q.dropIndex('oauth_authorizations', 'uq_oauth_authorizations_app_user');
  }
}
