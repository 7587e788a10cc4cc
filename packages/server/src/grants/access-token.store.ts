import { parseStoredScope } from '@bnder/shared';
import type { DataSource } from 'typeorm';
import { profileFrom, profileJoin } from '../accounts/user.store.js';
import { epochMs } from '../db/columns.js';
import { fastQuery, type FastQuery } from '../db/fast-query.js';
import type { PrincipalUser, TokenPrincipal } from '../toolkit/principal.js';
import { isStale, type LastUsedPolicy } from './last-used.js';
import { possibleTokenKeys } from './token-key.js';

type Row = {
  id: string | number;
  user_id: string;
  app_id: string;
  scope: string;
  last_used_at: string | number | null;
  jkt: string | null;
};
type RowWithProfile = Row & { email: string; display_name: string };

const COLUMNS = 't.id, t.user_id, t.app_id, t.scope, t.last_used_at, t.jkt';
const LIVE_ACCESS_TOKEN = `WHERE t.token_hash = ? AND t.kind = 'access' AND t.expires_at > ?`;
const TOKEN = `SELECT ${COLUMNS} FROM oauth_tokens t
  ${LIVE_ACCESS_TOKEN}`;
const profile = profileJoin('t.user_id');
const TOKEN_AND_PROFILE = `SELECT ${COLUMNS}, ${profile.columns}
  FROM oauth_tokens t ${profile.join}
  ${LIVE_ACCESS_TOKEN}`;

/**
 * The bearer check on every API call reads one token row by its hash. The row proves the rest:
 * it references the user's authorization of its app, which references the app, each with
 * ON DELETE CASCADE (see the token-chain migration), so a token row exists only while both do.
 * Revoked tokens are deleted, so absence is revocation. The user's row is read too only when
 * the operation shows the profile: findWithProfile joins it (accounts/user.store.ts, profileJoin).
 */
export class AccessTokenStore {
  private readonly query: FastQuery;

  constructor(
    db: DataSource,
    private readonly lastUsed: LastUsedPolicy,
  ) {
    this.query = fastQuery(db);
  }

  /** The token's caller, known by id only. */
  async find(rawToken: string): Promise<TokenPrincipal | null> {
    const row = await this.live<Row>(TOKEN, rawToken);
    return row && principal(row, { id: row.user_id });
  }

  /** The token's caller with the profile, for the operations that show it. */
  async findWithProfile(rawToken: string): Promise<TokenPrincipal | null> {
    const row = await this.live<RowWithProfile>(TOKEN_AND_PROFILE, rawToken);
    return row && principal(row, { id: row.user_id, ...profileFrom(row) });
  }

  private async live<R extends Row>(sql: string, rawToken: string): Promise<R | null> {
    const now = Date.now();
    const row = await this.underAnyKey<R>(sql, possibleTokenKeys(rawToken), now);
    if (!row) return null;
    if (isStale(epochMs.from(row.last_used_at) as Date | null, now)) {
      this.lastUsed.tokenUsed({ id: String(row.id), appId: row.app_id, userId: row.user_id }, now);
    }
    return row;
  }

  /** The live token under the first key that finds one (token-key.ts: the second is rare). */
  private async underAnyKey<R extends Row>(
    sql: string,
    keys: Buffer[],
    now: number,
  ): Promise<R | null> {
    for (const key of keys) {
      const [row] = await this.query<R>(sql, [key, now]);
      if (row) return row;
    }
    return null;
  }
}

function principal(row: Row, user: PrincipalUser | { id: string }): TokenPrincipal {
  const granted = parseStoredScope(row.scope);
  return {
    kind: 'token',
    user,
    appId: row.app_id,
    scopes: granted.scopes,
    legacy: granted.legacy,
    jkt: row.jkt,
  };
}
