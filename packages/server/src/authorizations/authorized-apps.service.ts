import { parseStoredScope, type Scope } from '@bnder/shared';
import type { DataSource } from 'typeorm';
import { AppEntity } from '../apps/app.entity.js';
import { notFound } from '../errors/domain-error.js';
import type { GrantRevocationService } from '../grants/grant-revocation.service.js';

export type AuthorizedApp = {
  clientId: string;
  name: string;
  ownerName: string;
  scopes: Scope[];
  /** Granted with pre-release custom scopes: read-only until the user authorizes it again. */
  legacy: boolean;
  authorizedAt: Date;
  lastUsedAt: Date | null;
};

type Row = {
  client_id: string;
  name: string;
  owner_name: string;
  scope: string;
  created_at: string | number;
  last_used_at: string | number | null;
};

/** The user's list of apps that can act on their account, and revoking one of them. */
export class AuthorizedAppsService {
  constructor(
    private readonly db: DataSource,
    private readonly revocation: GrantRevocationService,
  ) {}

  /** One entry per authorization of the user, most recently authorized first. */
  async list(userId: string): Promise<AuthorizedApp[]> {
    const rows = (await this.db.query(
      `SELECT a.client_id, a.name, o.display_name AS owner_name, z.scope, z.created_at, z.last_used_at
         FROM oauth_authorizations z
         JOIN oauth_apps a ON a.id = z.app_id
         JOIN users o ON o.id = a.owner_id
        WHERE z.user_id = ?
        ORDER BY z.created_at DESC, a.client_id`,
      [userId],
    )) as Row[];
    return rows.map((row) => {
      const granted = parseStoredScope(row.scope);
      return {
        clientId: row.client_id,
        name: row.name,
        ownerName: row.owner_name,
        scopes: granted.scopes,
        legacy: granted.legacy,
        authorizedAt: new Date(Number(row.created_at)),
        lastUsedAt: row.last_used_at === null ? null : new Date(Number(row.last_used_at)),
      };
    });
  }

  /**
   * Ends the app's access for this user only: the authorization, tokens and codes go together.
   * The app itself is the owner's and stays.
   */
  async revoke(userId: string, clientId: string): Promise<void> {
    const app = await this.db.getRepository(AppEntity).findOneBy({ clientId });
    if (!app || !(await this.revocation.revokeUserAccess(userId, app.id))) {
      throw notFound('Authorized application');
    }
  }
}
