import type { UserStore } from '../../accounts/user.store.js';
import type { AppEntity } from '../../apps/app.entity.js';
import type { GrantRevocationService } from '../../grants/grant-revocation.service.js';

/**
 * Who is asking, as the consent page shows it for both flows: anyone can choose an app's name,
 * so the user also sees its owner, its age, how many people use it and where its links lead.
 */
export type AppIdentity = {
  clientId: string;
  name: string;
  description: string | null;
  homepageUrl: string | null;
  homepageHost: string | null;
  privacyPolicyUrl: string | null;
  termsOfServiceUrl: string | null;
  ownerName: string;
  createdAt: Date;
  authorizedUserCount: number;
};

export class AppIdentities {
  constructor(
    private readonly users: UserStore,
    private readonly grants: Pick<GrantRevocationService, 'countAuthorizedUsers'>,
  ) {}

  /** Null when the owner is gone (the app is being deleted with them). */
  async of(app: AppEntity): Promise<AppIdentity | null> {
    const [owner, authorizedUserCount] = await Promise.all([
      this.users.findById(app.ownerId),
      this.grants.countAuthorizedUsers(app.id),
    ]);
    if (!owner) return null;
    return {
      clientId: app.clientId,
      name: app.name,
      description: app.description,
      homepageUrl: app.homepageUrl,
      homepageHost: app.homepageUrl === null ? null : new URL(app.homepageUrl).host,
      privacyPolicyUrl: app.privacyPolicyUrl,
      termsOfServiceUrl: app.termsOfServiceUrl,
      ownerName: owner.displayName,
      createdAt: app.createdAt,
      authorizedUserCount,
    };
  }
}
