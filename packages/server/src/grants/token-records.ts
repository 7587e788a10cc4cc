import type { DataSource, EntityManager } from 'typeorm';
import { sha256Hex } from '../crypto/tokens.js';
import { changedRows, fastQuery, type FastQuery } from '../db/fast-query.js';
import { TokenEntity } from './token.entity.js';

/** A stored token with the client it belongs to, found only while its app and consent exist. */
export type LiveToken = TokenEntity & { clientId: string };

type Row = {
  token_hash: string;
  kind: 'access' | 'refresh';
  app_id: string;
  user_id: string;
  scope: string;
  grant_id: string;
  created_at: string | number;
  expires_at: string | number;
  used_at: string | number | null;
  client_id: string;
};

/** Token look-ups by hash for the token, revocation and introspection endpoints. */
export class TokenRecords {
  private readonly query: FastQuery;

  constructor(private readonly db: DataSource) {
    this.query = fastQuery(db);
  }

  /** One indexed join: the token, its app and the user's authorization must all exist. */
  async find(rawToken: string): Promise<LiveToken | null> {
    const rows = await this.query<Row>(
      `SELECT t.token_hash, t.kind, t.app_id, t.user_id, t.scope, t.grant_id, t.created_at,
              t.expires_at, t.used_at, a.client_id
         FROM oauth_tokens t
         JOIN oauth_apps a ON a.id = t.app_id
         JOIN oauth_authorizations z ON z.user_id = t.user_id AND z.app_id = t.app_id
        WHERE t.token_hash = ?`,
      [sha256Hex(rawToken)],
    );
    const row = rows[0];
    if (!row) return null;
    return Object.assign(new TokenEntity(), {
      tokenHash: row.token_hash,
      kind: row.kind,
      appId: row.app_id,
      userId: row.user_id,
      scope: row.scope,
      grantId: row.grant_id,
      createdAt: new Date(Number(row.created_at)),
      expiresAt: new Date(Number(row.expires_at)),
      usedAt: row.used_at === null ? null : new Date(Number(row.used_at)),
      lastUsedAt: null,
      clientId: row.client_id,
    });
  }

  /**
   * RFC 6749 §10.4 rotation: marks a refresh token used with one conditional update, so of two
   * racing refreshes only one sees a changed row.
   */
  async markRefreshUsed(tokenHash: string, m: EntityManager): Promise<boolean> {
    const now = Date.now();
    const changed = await changedRows(
      m,
      `UPDATE oauth_tokens SET used_at = ?
        WHERE token_hash = ? AND kind = 'refresh' AND used_at IS NULL AND expires_at > ?`,
      [now, tokenHash, now],
    );
    return changed === 1;
  }

  async deleteOne(tokenHash: string): Promise<void> {
    await this.db.getRepository(TokenEntity).delete({ tokenHash });
  }
}
