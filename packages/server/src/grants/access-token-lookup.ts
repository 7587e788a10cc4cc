import { parseStoredScope } from '@bnder/shared';
import type { DataSource } from 'typeorm';
import { sha256 } from '../crypto/tokens.js';
import { fastQuery, type FastQuery } from '../db/fast-query.js';
import type { TokenPrincipal } from '../toolkit/principal.js';

type Row = {
  id: string | number;
  user_id: string;
  app_id: string;
  scope: string;
  last_used_at: string | number | null;
  client_id: string;
  email: string;
  display_name: string;
};

const LAST_USED_GRANULARITY_MS = 60_000;

/**
 * The bearer check on every API call: one indexed query proves that the token exists, is an
 * unexpired access token, and that its app and the user's authorization both still exist.
 * Revoked tokens are deleted, so absence is revocation.
 */
export class AccessTokenLookup {
  private readonly query: FastQuery;

  constructor(db: DataSource) {
    this.query = fastQuery(db);
  }

  async find(rawToken: string): Promise<TokenPrincipal | null> {
    const now = Date.now();
    const rows = await this.query<Row>(
      `SELECT t.id, t.user_id, t.app_id, t.scope, t.last_used_at, a.client_id, u.email, u.display_name
         FROM oauth_tokens t
         JOIN oauth_apps a ON a.id = t.app_id
         JOIN oauth_authorizations z ON z.user_id = t.user_id AND z.app_id = t.app_id
         JOIN users u ON u.id = t.user_id
        WHERE t.token_hash = ? AND t.kind = 'access' AND t.expires_at > ?`,
      [sha256(rawToken), now],
    );
    const row = rows[0];
    if (!row) return null;
    if (row.last_used_at === null || now - Number(row.last_used_at) >= LAST_USED_GRANULARITY_MS) {
      this.touch(row, now);
    }
    const granted = parseStoredScope(row.scope);
    return {
      kind: 'token',
      user: { id: row.user_id, email: row.email, displayName: row.display_name },
      appId: row.app_id,
      clientId: row.client_id,
      scopes: granted.scopes,
      legacy: granted.legacy,
    };
  }

  /** Last-used times are written at most once a minute per token, off the request's path. */
  private touch(row: Row, now: number): void {
    const writes = [
      this.query('UPDATE oauth_tokens SET last_used_at = ? WHERE id = ?', [now, row.id]),
      this.query('UPDATE oauth_apps SET last_used_at = ? WHERE id = ?', [now, row.app_id]),
      this.query(
        'UPDATE oauth_authorizations SET last_used_at = ? WHERE user_id = ? AND app_id = ?',
        [now, row.user_id, row.app_id],
      ),
    ];
    void Promise.allSettled(writes);
  }
}
