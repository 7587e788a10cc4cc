import { TOKEN_PREFIX } from '@bnder/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { randomToken, sha256Hex } from '../crypto/tokens.js';

export type TokenGrant = {
  appId: string;
  userId: string;
  grantId: string;
  /** Stored scope strings: the access token's may be narrower than the refresh token's. */
  accessScope: string;
  refreshScope: string;
};

export type IssuedTokens = { accessToken: string; refreshToken: string; expiresIn: number };

/** 256 random bits after the prefix, so tokens cannot be guessed and scanners can spot them. */
const TOKEN_BYTES = 32;
const LAST_USED_GRANULARITY_MS = 60_000;

/** Mints an access + refresh token pair in the caller's transaction; only hashes are stored. */
export class TokenIssuer {
  constructor(private readonly ttl: { accessSeconds: number; refreshSeconds: number }) {}

  async issue(grant: TokenGrant, m: EntityManager): Promise<IssuedTokens> {
    const accessToken = randomToken(TOKEN_PREFIX.accessToken, TOKEN_BYTES);
    const refreshToken = randomToken(TOKEN_PREFIX.refreshToken, TOKEN_BYTES);
    const now = Date.now();
    const row = (kind: 'access' | 'refresh', raw: string, scope: string, ttl: number) => [
      sha256Hex(raw),
      kind,
      grant.appId,
      grant.userId,
      scope,
      grant.grantId,
      now,
      now + ttl * 1000,
    ];
    // Plain SQL: this runs on every code exchange and refresh, and the ORM's insert path costs
    // more CPU than the statement itself.
    await m.query(
      `INSERT INTO oauth_tokens (token_hash, kind, app_id, user_id, scope, grant_id, created_at, expires_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        ...row('access', accessToken, grant.accessScope, this.ttl.accessSeconds),
        ...row('refresh', refreshToken, grant.refreshScope, this.ttl.refreshSeconds),
      ],
    );
    return { accessToken, refreshToken, expiresIn: this.ttl.accessSeconds };
  }

  /**
   * Last-used times of the app and the consent, written after the issuing transaction commits:
   * inside it, the row locks these updates take would order against the foreign-key locks of
   * concurrent inserts and could deadlock on MySQL.
   */
  async recordUse(
    db: DataSource,
    app: { id: string; lastUsedAt: Date | null },
    userId: string,
  ): Promise<void> {
    const now = Date.now();
    // Like the bearer check, at most one write a minute: a busy integration does not pay for it.
    const stale = now - LAST_USED_GRANULARITY_MS;
    const writes = [
      db.query(
        'UPDATE oauth_authorizations SET last_used_at = ? WHERE user_id = ? AND app_id = ? AND (last_used_at IS NULL OR last_used_at < ?)',
        [now, userId, app.id, stale],
      ),
    ];
    if (app.lastUsedAt === null || app.lastUsedAt.getTime() < stale) {
      writes.push(db.query('UPDATE oauth_apps SET last_used_at = ? WHERE id = ?', [now, app.id]));
    }
    await Promise.all(writes);
  }
}
