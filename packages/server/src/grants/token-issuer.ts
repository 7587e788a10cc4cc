import { TOKEN_PREFIX } from '@bnder/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { randomToken, sha256 } from '../crypto/tokens.js';
import { fastQuery, type FastQuery } from '../db/fast-query.js';
import { retriedOnDeadlock } from '../db/transaction.js';
import type { LastUsedPolicy } from './last-used.js';

export type TokenGrant = {
  appId: string;
  userId: string;
  grantId: string;
  /** Stored scope strings: the access token's may be narrower than the refresh token's. */
  accessScope: string;
  refreshScope: string;
  /** The refresh token being rotated; null for a code exchange. */
  parentId: string | null;
  /** RFC 9449 §5: the DPoP key the access token is bound to, or null for a bearer token. */
  jkt: string | null;
  /** Whether the refresh token is bound to it too: for public clients only (§5). */
  bindRefresh: boolean;
};

export type IssuedTokens = {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  jkt: string | null;
};

type Run = (sql: string, params: unknown[]) => Promise<unknown>;

/** 256 random bits after the prefix, so tokens cannot be guessed and scanners can spot them. */
const TOKEN_BYTES = 32;

/** Mints an access + refresh token pair with one INSERT; only hashes are stored. */
export class TokenIssuer {
  private readonly direct: FastQuery;

  constructor(
    db: DataSource,
    private readonly ttl: { accessSeconds: number; refreshSeconds: number },
    private readonly lastUsed: LastUsedPolicy,
  ) {
    this.direct = fastQuery(db);
  }

  /** In the caller's transaction: the device grant commits the redeemed approval with the tokens. */
  issueIn(m: EntityManager, grant: TokenGrant): Promise<IssuedTokens> {
    return this.issue(grant, (sql, params) => m.query(sql, params));
  }

  /**
   * As a statement of its own: a refresh needs nothing else to commit with it, and a code
   * exchange claims its code after it (see authorization-code.grant.ts). The INSERT is
   * atomic, so a deadlock victim inserted nothing and may run again. Throws the driver's error
   * when the parent's unique key or foreign key refuses it (see constraint-errors.ts).
   */
  issueAlone(grant: TokenGrant): Promise<IssuedTokens> {
    return retriedOnDeadlock(() => this.issue(grant, this.direct));
  }

  private async issue(grant: TokenGrant, run: Run): Promise<IssuedTokens> {
    const accessToken = randomToken(TOKEN_PREFIX.accessToken, TOKEN_BYTES);
    const refreshToken = randomToken(TOKEN_PREFIX.refreshToken, TOKEN_BYTES);
    const now = Date.now();
    const row = (kind: 'access' | 'refresh', raw: string, scope: string, ttl: number) => [
      sha256(raw),
      kind,
      grant.appId,
      grant.userId,
      scope,
      grant.grantId,
      // Only the refresh token carries the link: its unique key and foreign key decide the
      // rotation for the whole statement, and the access token saves the check.
      kind === 'refresh' ? grant.parentId : null,
      kind === 'access' || grant.bindRefresh ? grant.jkt : null,
      now,
      now + ttl * 1000,
    ];
    // Plain SQL: this runs on every code exchange and refresh, and the ORM's insert path costs
    // more CPU than the statement itself. Both rows or neither: one statement is atomic.
    await run(
      `INSERT INTO oauth_tokens (token_hash, kind, app_id, user_id, scope, grant_id, parent_id, jkt, created_at, expires_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        ...row('access', accessToken, grant.accessScope, this.ttl.accessSeconds),
        ...row('refresh', refreshToken, grant.refreshScope, this.ttl.refreshSeconds),
      ],
    );
    return { accessToken, refreshToken, expiresIn: this.ttl.accessSeconds, jkt: grant.jkt };
  }

  /**
   * Deletes a pair this issuer minted that never reached its client: a code exchange issues
   * before it claims the code, and the loser of a race, or an exchange whose claim failed,
   * takes its tokens back.
   */
  async withdraw(tokens: IssuedTokens): Promise<void> {
    await this.direct('DELETE FROM oauth_tokens WHERE token_hash IN (?, ?)', [
      sha256(tokens.accessToken),
      sha256(tokens.refreshToken),
    ]);
  }

  /** Records the use of the app and the consent (see last-used.ts). */
  recordUse(
    app: { id: string; lastUsedAt: Date | null },
    userId: string,
    consentLastUsedAt?: Date | null,
  ): Promise<void> {
    return this.lastUsed.tokensIssued(app, userId, consentLastUsedAt);
  }
}
