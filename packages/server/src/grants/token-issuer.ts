import { TOKEN_PREFIX } from '@bnder/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { timeOrderedToken } from '../crypto/tokens.js';
import { coalescedInserts } from '../db/coalesced-statements.js';
import type { LastUsedPolicy } from './last-used.js';
import { tokenKey } from './token-key.js';

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

const COLUMNS =
  'token_hash, kind, app_id, user_id, scope, grant_id, parent_id, jkt, created_at, expires_at, from_code';
const INTO = `INSERT INTO oauth_tokens (${COLUMNS})`;
const PLACEHOLDERS = '?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?';

/**
 * 32 bytes after the prefix, so scanners can spot tokens: the mint time, then 208 random bits
 * that no one can guess (token-key.ts says why the time leads).
 */
const TOKEN_BYTES = 32;

/** Mints an access + refresh token pair with one INSERT; only their keys (hashes) are stored. */
export class TokenIssuer {
  /** Pairs minted at the same moment share one INSERT and one commit (coalesced-statements.ts). */
  private readonly insertPairs: (rows: unknown[][]) => Promise<void>;

  constructor(
    db: DataSource,
    private readonly ttl: { accessSeconds: number; refreshSeconds: number },
    private readonly lastUsed: LastUsedPolicy,
  ) {
    this.insertPairs = coalescedInserts(db, INTO, PLACEHOLDERS);
  }

  /** In the caller's transaction: the device grant commits the redeemed approval with the tokens. */
  async issueIn(m: EntityManager, grant: TokenGrant): Promise<IssuedTokens> {
    const now = Date.now();
    const tokens = this.mint(grant, now);
    const rows = this.rows(grant, tokens, now, null);
    // Plain SQL: the ORM's insert path costs more CPU than the statement itself.
    await m.query(`${INTO} VALUES (${PLACEHOLDERS}), (${PLACEHOLDERS})`, rows.flat());
    return tokens;
  }

  /**
   * As a statement of its own: a refresh needs nothing else to commit with it. The INSERT is
   * atomic, so a deadlock victim inserted nothing and may run again. Throws the driver's error
   * when the parent's unique key or foreign key refuses it (see constraint-errors.ts).
   */
  issueAlone(grant: TokenGrant): Promise<IssuedTokens> {
    return this.issue(grant, null);
  }

  /**
   * A code exchange's pair in one statement that commits alone and is the code's single use
   * (RFC 6749 §4.1.2): the refresh token names the code in `from_code`, whose unique key refuses
   * a second pair for it, and whose foreign key refuses the pair once the code is gone (revoked
   * with its grant, or with its app's tokens). Throws the driver's error when either refuses
   * it, or the authorization's foreign key does. A deadlock victim or a Galera certification
   * loser inserted nothing and runs again (fast-query.ts).
   */
  issueForCode(grant: TokenGrant, codeHash: string): Promise<IssuedTokens> {
    return this.issue(grant, codeHash);
  }

  /**
   * Both rows or neither: one statement is atomic, and so is the INSERT that carries other
   * callers' pairs too. Plain SQL: this runs on every refresh and exchange, and the ORM's insert
   * path costs more CPU than the statement itself.
   */
  private async issue(grant: TokenGrant, fromCode: string | null): Promise<IssuedTokens> {
    const now = Date.now();
    const tokens = this.mint(grant, now);
    await this.insertPairs(this.rows(grant, tokens, now, fromCode));
    return tokens;
  }

  private mint(grant: TokenGrant, now: number): IssuedTokens {
    return {
      accessToken: timeOrderedToken(TOKEN_PREFIX.accessToken, TOKEN_BYTES, now),
      refreshToken: timeOrderedToken(TOKEN_PREFIX.refreshToken, TOKEN_BYTES, now),
      expiresIn: this.ttl.accessSeconds,
      jkt: grant.jkt,
    };
  }

  /** The access token's row and the refresh token's, in the order of COLUMNS: keys only. */
  private rows(
    grant: TokenGrant,
    tokens: IssuedTokens,
    now: number,
    fromCode: string | null,
  ): unknown[][] {
    const row = (kind: 'access' | 'refresh', raw: string, scope: string, ttl: number) => [
      tokenKey(raw),
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
      // The code's single use rides on the refresh token's unique key (issueForCode).
      kind === 'refresh' ? fromCode : null,
    ];
    return [
      row('access', tokens.accessToken, grant.accessScope, this.ttl.accessSeconds),
      row('refresh', tokens.refreshToken, grant.refreshScope, this.ttl.refreshSeconds),
    ];
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
