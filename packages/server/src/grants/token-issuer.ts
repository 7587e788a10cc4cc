import { TOKEN_PREFIX } from '@bnder/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { randomToken, sha256Hex } from '../crypto/tokens.js';
import { TokenEntity } from './token.entity.js';

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

/** Mints an access + refresh token pair in the caller's transaction; only hashes are stored. */
export class TokenIssuer {
  constructor(private readonly ttl: { accessSeconds: number; refreshSeconds: number }) {}

  async issue(grant: TokenGrant, m: EntityManager): Promise<IssuedTokens> {
    const accessToken = randomToken(TOKEN_PREFIX.accessToken, TOKEN_BYTES);
    const refreshToken = randomToken(TOKEN_PREFIX.refreshToken, TOKEN_BYTES);
    const now = Date.now();
    const row = (kind: 'access' | 'refresh', raw: string, scope: string, ttl: number) => ({
      tokenHash: sha256Hex(raw),
      kind,
      appId: grant.appId,
      userId: grant.userId,
      scope,
      grantId: grant.grantId,
      createdAt: new Date(now),
      expiresAt: new Date(now + ttl * 1000),
      usedAt: null,
      lastUsedAt: null,
    });
    await m
      .getRepository(TokenEntity)
      .insert([
        row('access', accessToken, grant.accessScope, this.ttl.accessSeconds),
        row('refresh', refreshToken, grant.refreshScope, this.ttl.refreshSeconds),
      ]);
    return { accessToken, refreshToken, expiresIn: this.ttl.accessSeconds };
  }

  /**
   * Last-used times of the app and the consent, written after the issuing transaction commits:
   * inside it, the row locks these updates take would order against the foreign-key locks of
   * concurrent inserts and could deadlock on MySQL.
   */
  async recordUse(db: DataSource, appId: string, userId: string): Promise<void> {
    const now = Date.now();
    await db.query('UPDATE oauth_apps SET last_used_at = ? WHERE id = ?', [now, appId]);
    await db.query(
      'UPDATE oauth_authorizations SET last_used_at = ? WHERE user_id = ? AND app_id = ?',
      [now, userId, appId],
    );
  }
}
