import type { DataSource } from 'typeorm';
import { boolean, epochMs } from '../db/columns.js';
import { sha256 } from '../crypto/tokens.js';
import { fastQuery, type FastQuery } from '../db/fast-query.js';
import type { TokenKind } from './token.entity.js';

/** A stored token with the client it belongs to, found only while its app and consent exist. */
export type LiveToken = {
  id: string;
  kind: TokenKind;
  appId: string;
  userId: string;
  scope: string;
  grantId: string;
  createdAt: Date;
  expiresAt: Date;
  /** A refresh token that has been rotated: presenting it again is a replay. */
  spent: boolean;
  clientId: string;
  /** When the user's authorization of the app was last used (written at most once a minute). */
  consentLastUsedAt: Date | null;
};

/** Token look-ups by hash for the token, revocation and introspection endpoints. */
export class TokenRecords {
  private readonly query: FastQuery;

  constructor(db: DataSource) {
    this.query = fastQuery(db);
  }

  /**
   * The client's app and, in the same round trip, the presented token if it is this client's
   * own and its consent exists. The token, revocation and introspection endpoints need both, and
   * a token of another client must look unknown to them anyway (RFC 7009 §2.1, RFC 7662 §2.2).
   * A refresh token is spent once a refresh token names it as parent (see the token-chain
   * migration); access tokens are never parents, so they skip that probe.
   */
  async findWithClient(
    clientId: string,
    rawToken: string,
  ): Promise<{ app: TokenClient | null; token: LiveToken | null }> {
    const rows = await this.query<ClientFields & TokenFields>(
      `SELECT c.id, c.client_id, c.require_secret, c.secret_sealed, c.last_used_at, c.allow_device_flow,
              t.id AS token_id, t.kind AS token_kind, t.user_id AS token_user_id,
              t.scope AS token_scope, t.grant_id AS token_grant_id,
              t.created_at AS token_created_at, t.expires_at AS token_expires_at,
              CASE WHEN t.kind = 'refresh'
                   THEN EXISTS (SELECT 1 FROM oauth_tokens s WHERE s.parent_id = t.id AND s.kind = 'refresh')
                   ELSE 0 END AS token_spent,
              z.id AS consent_id, z.last_used_at AS consent_last_used_at
         FROM oauth_apps c
         LEFT JOIN oauth_tokens t ON t.token_hash = ? AND t.app_id = c.id
         LEFT JOIN oauth_authorizations z ON z.user_id = t.user_id AND z.app_id = c.id
        WHERE c.client_id = ?`,
      [sha256(rawToken), clientId],
    );
    const row = rows[0];
    if (!row) return { app: null, token: null };
    const app: TokenClient = {
      id: row.id,
      clientId: row.client_id,
      requireSecret: boolean.from(row.require_secret) as boolean,
      secretSealed: row.secret_sealed,
      lastUsedAt: epochMs.from(row.last_used_at) as Date | null,
      allowDeviceFlow: boolean.from(row.allow_device_flow) as boolean,
    };
    if (row.token_id == null || row.consent_id == null) return { app, token: null };
    const token: LiveToken = {
      id: String(row.token_id),
      kind: row.token_kind as TokenKind,
      appId: app.id,
      userId: String(row.token_user_id),
      scope: String(row.token_scope),
      grantId: String(row.token_grant_id),
      createdAt: epochMs.from(row.token_created_at) as Date,
      expiresAt: epochMs.from(row.token_expires_at) as Date,
      spent: Number(row.token_spent) === 1,
      clientId: app.clientId,
      consentLastUsedAt: epochMs.from(row.consent_last_used_at) as Date | null,
    };
    return { app, token };
  }

  async deleteOne(id: string): Promise<void> {
    await this.query('DELETE FROM oauth_tokens WHERE id = ?', [id]);
  }
}

/** The client columns the token endpoints read with a token; apps' own client type has this shape. */
export type TokenClient = {
  id: string;
  clientId: string;
  requireSecret: boolean;
  secretSealed: string | null;
  lastUsedAt: Date | null;
  allowDeviceFlow: boolean;
};

type ClientFields = {
  id: string;
  client_id: string;
  require_secret: number | boolean;
  secret_sealed: string | null;
  last_used_at: string | number | null;
  allow_device_flow: number | boolean;
};

type TokenFields = {
  token_id: string | number | null;
  token_kind: string | null;
  token_user_id: string | null;
  token_scope: string | null;
  token_grant_id: string | null;
  token_created_at: string | number | null;
  token_expires_at: string | number | null;
  token_spent: string | number | null;
  consent_id: string | null;
  consent_last_used_at: string | number | null;
};
