import type { DataSource } from 'typeorm';
import { TOKEN_PREFIX } from '@bnder/shared';
import { epochMs } from '../db/columns.js';
import { fastQuery, type FastQuery } from '../db/fast-query.js';
import { rowMapper, selectList, type RawRow } from '../db/row-mapper.js';
import { TokenEntity } from './token.entity.js';
import { possibleTokenKeys } from './token-key.js';

/** A stored token as the token, revocation and introspection endpoints judge it. */
export type LiveToken = Pick<
  TokenEntity,
  'id' | 'kind' | 'appId' | 'userId' | 'scope' | 'grantId' | 'createdAt' | 'expiresAt' | 'jkt'
> & {
  /** A refresh token that has been rotated: presenting it again is a replay. */
  spent: boolean;
  /**
   * Refresh tokens: when the user's authorization of the app was last used (written at most once
   * a minute, see last-used.ts). Undefined for access tokens, which are not redeemed.
   */
  consentLastUsedAt?: Date | null;
};

const COLUMNS = [
  'id',
  'kind',
  'app_id',
  'user_id',
  'scope',
  'grant_id',
  'created_at',
  'expires_at',
  'jkt',
] as const;
const PREFIX = 'token_';

/**
 * What the query must find out beyond the row: a refresh token's spent flag and its consent's
 * last-used time cost two more joins, so an access token is looked up without them.
 */
export type PresentedKind = 'access' | 'refresh';

/** Refresh tokens carry their prefix from birth (token-issuer.ts); anything else is read as access. */
export const presentedKind = (rawToken: string): PresentedKind =>
  rawToken.startsWith(TOKEN_PREFIX.refreshToken) ? 'refresh' : 'access';

/**
 * The presented token as part of its client's query (see client.store.ts), so the token
 * endpoints pay one round trip for both. A token row exists only while the user's authorization
 * of its app exists (foreign keys with ON DELETE CASCADE, token → authorization → app), so the
 * row alone proves it is live; `t.app_id = <client>` makes another client's token look unknown
 * (RFC 7009 §2.1, RFC 7662 §2.2). A refresh token is spent once a refresh token names it as
 * parent (see the token-chain migration); access tokens are never parents and skip that probe,
 * and only a refresh, which records the consent's use, reads the consent's last-used time.
 */
export function presentedTokenJoin(
  clientIdColumn: string,
  kind: PresentedKind,
): { columns: string; join: string } {
  const { columns, joins } = tokenDetails(kind);
  return {
    columns,
    join: `LEFT JOIN oauth_tokens t ON t.token_hash = ? AND t.app_id = ${clientIdColumn} ${joins}`,
  };
}

/**
 * The token's columns, and for a refresh token the joins that tell whether it is spent and when
 * its consent was last used, for a query that names the token `t` (presentedTokenJoin, or the
 * look-up by key alone in client.store.ts).
 */
export function tokenDetails(kind: PresentedKind): { columns: string; joins: string } {
  if (kind === 'access') return { columns: selectList('t', COLUMNS, PREFIX), joins: '' };
  // Both joins find at most one row: (parent_id, kind) and (app_id, user_id) are unique keys.
  // Joins, not subqueries in the select list: MariaDB spends about a sixth less CPU on the
  // statement (measured, docs/architecture.md).
  return {
    columns: `${selectList('t', COLUMNS, PREFIX)},
      s.id IS NOT NULL AS token_spent, z.last_used_at AS token_consent_last_used_at`,
    joins: `LEFT JOIN oauth_tokens s ON s.parent_id = t.id AND s.kind = 'refresh'
      LEFT JOIN oauth_authorizations z ON z.app_id = t.app_id AND z.user_id = t.user_id`,
  };
}

/**
 * The join's one parameter, in the order to try: tokens are stored as their key only, a SHA-256
 * led by the mint time, and a token stored before keys led with it under another (token-key.ts).
 */
export const presentedTokenKeys = (rawToken: string) => possibleTokenKeys(rawToken);

/** Token rows: their look-ups by hash, and deleting one. */
export class TokenStore {
  private readonly query: FastQuery;
  private readonly mapToken: (row: RawRow) => TokenEntity;

  constructor(db: DataSource) {
    this.query = fastQuery(db);
    this.mapToken = rowMapper(db, TokenEntity, COLUMNS, PREFIX);
  }

  /**
   * The token a presentedTokenJoin found in `row`, or null; undefined when the access shape
   * found a refresh token, which must be read again with the refresh shape.
   */
  presentedTokenFrom(row: RawRow, kind: PresentedKind): LiveToken | null | undefined {
    if (row.token_id == null) return null;
    if (kind === 'access' && row.token_kind === 'refresh') return undefined;
    const token: LiveToken = { ...this.mapToken(row), spent: Number(row.token_spent) === 1 };
    if (token.kind === 'refresh')
      token.consentLastUsedAt = epochMs.from(row.token_consent_last_used_at) as Date | null;
    return token;
  }

  async deleteOne(id: string): Promise<void> {
    await this.query('DELETE FROM oauth_tokens WHERE id = ?', [id]);
  }
}
