import { parseStoredScope } from '@bnder/shared';
import type { DataSource } from 'typeorm';
import { sha256 } from '../crypto/tokens.js';
import { epochMs } from '../db/columns.js';
import { fastQuery, type FastQuery } from '../db/fast-query.js';
import type { TokenPrincipal } from '../toolkit/principal.js';
import { isStale, type LastUsedPolicy } from './last-used.js';

type Row = {
  id: string | number;
  user_id: string;
  app_id: string;
  scope: string;
  last_used_at: string | number | null;
  email?: string;
  display_name?: string;
};

const TOKEN = `SELECT t.id, t.user_id, t.app_id, t.scope, t.last_used_at FROM oauth_tokens t
  WHERE t.token_hash = ? AND t.kind = 'access' AND t.expires_at > ?`;
const TOKEN_AND_PROFILE = `SELECT t.id, t.user_id, t.app_id, t.scope, t.last_used_at, u.email, u.display_name
  FROM oauth_tokens t JOIN users u ON u.id = t.user_id
  WHERE t.token_hash = ? AND t.kind = 'access' AND t.expires_at > ?`;

/**
 * The bearer check on every API call reads one token row by its hash. The row proves the rest:
 * it references the user's authorization of its app, which references the app, each with
 * ON DELETE CASCADE (see the token-chain migration), so a token row exists only while both do.
 * Revoked tokens are deleted, so absence is revocation. The user's row is read too only when
 * the operation shows the profile.
 */
export class AccessTokenLookup {
  private readonly query: FastQuery;

  constructor(
    db: DataSource,
    private readonly lastUsed: LastUsedPolicy,
  ) {
    this.query = fastQuery(db);
  }

  async find(rawToken: string, withProfile: boolean): Promise<TokenPrincipal | null> {
    const now = Date.now();
    const rows = await this.query<Row>(withProfile ? TOKEN_AND_PROFILE : TOKEN, [
      sha256(rawToken),
      now,
    ]);
    const row = rows[0];
    if (!row) return null;
    if (isStale(epochMs.from(row.last_used_at) as Date | null, now)) {
      this.lastUsed.tokenUsed({ id: String(row.id), appId: row.app_id, userId: row.user_id }, now);
    }
    const granted = parseStoredScope(row.scope);
    return {
      kind: 'token',
      user:
        row.email === undefined || row.display_name === undefined
          ? { id: row.user_id }
          : { id: row.user_id, email: row.email, displayName: row.display_name },
      appId: row.app_id,
      scopes: granted.scopes,
      legacy: granted.legacy,
    };
  }
}
