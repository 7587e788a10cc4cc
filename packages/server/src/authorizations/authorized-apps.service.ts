import { parseStoredScope, type Scope } from '@bnder/shared';
import type { Page, PageRequest } from '../db/keyset-page.js';
import type { UserStore } from '../accounts/user.store.js';
import type { AppStore } from '../apps/app.store.js';
import { notFound } from '../errors/domain-error.js';
import type { AuthorizationsStore } from '../grants/authorizations.store.js';
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
  /** A token of this authorization was reported found in public and revoked. */
  tokenLeakedAt: Date | null;
  /** Bnder suspended the app: it cannot act on the account until the suspension is lifted. */
  suspended: boolean;
};

/** The user's list of apps that can act on their account, and revoking one of them. */
export class AuthorizedAppsService {
  constructor(
    private readonly authorizations: AuthorizationsStore,
    private readonly clients: AppStore,
    private readonly users: UserStore,
    private readonly revocation: GrantRevocationService,
  ) {}

  /**
   * A page of entries, one per authorization of the user, most recently authorized first
   * (ties in the authorizations' time-ordered ids). An authorization whose app went meanwhile
   * is left out; the page's keys stay those of the authorizations read.
   */
  async list(userId: string, page: PageRequest): Promise<Page<AuthorizedApp>> {
    const found = await this.authorizations.listOfUser(userId, page);
    const granted = found.items;
    const apps = new Map(
      (await this.clients.findByIds(granted.map((z) => z.appId))).map((app) => [app.id, app]),
    );
    const owners = await this.users.displayNames([...apps.values()].map((app) => app.ownerId));
    const entries = granted.flatMap((authorization) => {
      const app = apps.get(authorization.appId);
      const ownerName = app && owners.get(app.ownerId);
      if (!app || ownerName === undefined) return [];
      const scope = parseStoredScope(authorization.scope);
      return [
        {
          clientId: app.clientId,
          name: app.name,
          ownerName,
          scopes: scope.scopes,
          legacy: scope.legacy,
          authorizedAt: authorization.createdAt,
          lastUsedAt: authorization.lastUsedAt,
          tokenLeakedAt: authorization.tokenLeakedAt,
          suspended: app.suspendedAt !== null,
        },
      ];
    });
    return { ...found, items: entries };
  }

  /**
   * Ends the app's access for this user only: the authorization, tokens and codes go together.
   * The app itself is the owner's and stays.
   */
  async revoke(userId: string, clientId: string): Promise<void> {
    const app = await this.clients.findByClientId(clientId);
    if (!app || !(await this.revocation.revokeUserAccess(userId, app.id))) {
      throw notFound('Authorized application');
    }
  }
}
