import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A code exchange's refresh token names its code in `from_code`: a unique key, so a second pair
 * for one code is refused by the key itself, and a foreign key to the code, so a pair is refused
 * once its code is gone (a revoked grant, a rotated secret, a suspended app delete the code). The
 * exchange is then one INSERT that commits once, with no claim of the code after it (RFC 6749
 * §4.1.2; grants/token-issuer.ts), and a racing revocation is decided by the key's lock on one
 * node and by certification across Galera nodes, as a refresh's parent key is. Every other token
 * keeps NULL there, which never collides. A purged code sets its token's column to NULL: that
 * code can no longer be presented. Existing tokens keep NULL; their codes were claimed before.
 */
export class TokensNameTheirCode1765360000000 implements MigrationInterface {
  name = 'TokensNameTheirCode1765360000000';

  async up(q: QueryRunner): Promise<void> {
    if (q.connection.driver.options.type === 'mysql') {
      await q.query(
        `ALTER TABLE oauth_tokens ADD COLUMN from_code varchar(64) NULL,
          ADD UNIQUE INDEX uq_oauth_tokens_from_code (from_code),
          ADD CONSTRAINT fk_oauth_tokens_from_code FOREIGN KEY (from_code)
            REFERENCES oauth_authorization_codes (code_hash) ON DELETE SET NULL`,
      );
      return;
    }
    // SQLite adds a column with its reference, but no constraint to an existing column.
    await q.query(
      `ALTER TABLE oauth_tokens ADD COLUMN from_code varchar(64) NULL
        REFERENCES oauth_authorization_codes (code_hash) ON DELETE SET NULL`,
    );
    await q.query('CREATE UNIQUE INDEX uq_oauth_tokens_from_code ON oauth_tokens (from_code)');
  }

  async down(q: QueryRunner): Promise<void> {
    if (q.connection.driver.options.type === 'mysql') {
      await q.query(
        `ALTER TABLE oauth_tokens DROP FOREIGN KEY fk_oauth_tokens_from_code,
          DROP INDEX uq_oauth_tokens_from_code, DROP COLUMN from_code`,
      );
      return;
    }
    await q.query('DROP INDEX uq_oauth_tokens_from_code');
    await q.query('ALTER TABLE oauth_tokens DROP COLUMN from_code');
  }
}
