import { parseStoredScope } from '@bnder/shared';
import type { DataSource } from 'typeorm';
import { profileFrom, profileJoin } from '../accounts/user.store.js';
import { epochMs } from '../db/columns.js';
import { coalescedReads, placeholders, type KeyedRead } from '../db/coalesced-statements.js';
import type { PrincipalUser, TokenPrincipal } from '../toolkit/principal.js';
import { isStale, type LastUsedPolicy } from './last-used.js';
import { possibleTokenKeys } from './token-key.js';

type Row = {
  id: string | number;
  token_hash: Buffer;
  user_id: string;
  app_id: string;
  scope: string;
  last_used_at: string | number | null;
  jkt: string | null;
};
type RowWithProfile = Row & { email: string; display_name: string };

const COLUMNS = 't.id, t.token_hash, t.user_id, t.app_id, t.scope, t.last_used_at, t.jkt';
const liveAccessTokens = (keys: number) =>
  `WHERE t.token_hash IN (${placeholders(keys)}) AND t.kind = 'access' AND t.expires_at > ?`;
const tokens = (keys: number) => `SELECT ${COLUMNS} FROM oauth_tokens t
  ${liveAccessTokens(keys)}`;
const profile = profileJoin('t.user_id');
const tokensAndProfiles = (keys: number) => `SELECT ${COLUMNS}, ${profile.columns}
  FROM oauth_tokens t ${profile.join}
  ${liveAccessTokens(keys)}`;

/**
 * The bearer check on every API call reads one token row by its hash. The row proves the rest:
 * it references the user's authorization of its app, which references the app, each with
 * ON DELETE CASCADE (see the token-chain migration), so a token row exists only while both do.
 * Revoked tokens are deleted, so absence is revocation. The user's row is read too only when
 * the operation shows the profile: findWithProfile joins it (accounts/user.store.ts, profileJoin).
 * Concurrent checks share one statement on MySQL (db/coalesced-statements.ts); "expired" is judged
 * by the clock when that statement is sent.
 */
export class AccessTokenStore {
  private readonly token: KeyedRead<Row>;
  private readonly tokenAndProfile: KeyedRead<RowWithProfile>;

  constructor(
    db: DataSource,
    private readonly lastUsed: LastUsedPolicy,
  ) {
    const now = () => [Date.now()];
    this.token = coalescedReads<Row>(db, tokens, 'token_hash', now);
    this.tokenAndProfile = coalescedReads<RowWithProfile>(db, tokensAndProfiles, 'token_hash', now);
  }

  /** The token's caller, known by id only. */
  async find(rawToken: string): Promise<TokenPrincipal | null> {
    const row = await this.live(this.token, rawToken);
    return row && principal(row, { id: row.user_id });
  }

  /** The token's caller with the profile, for the operations that show it. */
  async findWithProfile(rawToken: string): Promise<TokenPrincipal | null> {
    const row = await this.live(this.tokenAndProfile, rawToken);
    return row && principal(row, { id: row.user_id, ...profileFrom(row) });
  }

  private async live<R extends Row>(read: KeyedRead<R>, rawToken: string): Promise<R | null> {
    const row = await underAnyKey(read, possibleTokenKeys(rawToken));
    if (!row) return null;
    const now = Date.now();
    if (isStale(epochMs.from(row.last_used_at) as Date | null, now)) {
      this.lastUsed.tokenUsed({ id: String(row.id), appId: row.app_id, userId: row.user_id }, now);
    }
    return row;
  }
}

/** The live token under the first key that finds one (token-key.ts: the second is rare). */
async function underAnyKey<R>(read: KeyedRead<R>, keys: Buffer[]): Promise<R | null> {
  for (const key of keys) {
    const row = await read(key);
    if (row) return row;
  }
  return null;
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
