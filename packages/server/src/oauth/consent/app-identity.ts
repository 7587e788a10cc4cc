import type { DataSource, Repository } from 'typeorm';
import { UserEntity } from '../../accounts/user.entity.js';
import type { AppEntity } from '../../apps/app.entity.js';
import { AuthorizationEntity } from '../../grants/authorization.entity.js';

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
  private readonly users: Repository<UserEntity>;
  private readonly authorizations: Repository<AuthorizationEntity>;

  constructor(db: DataSource) {
    this.users = db.getRepository(UserEntity);
    this.authorizations = db.getRepository(AuthorizationEntity);
  }

  /** Null when the owner is gone (the app is being deleted with them). */
  async of(app: AppEntity): Promise<AppIdentity | null> {
    const [owner, authorizedUserCount] = await Promise.all([
      this.users.findOneBy({ id: app.ownerId }),
      this.authorizations.countBy({ appId: app.id }),
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
