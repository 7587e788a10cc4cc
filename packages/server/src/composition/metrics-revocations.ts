import type { DataSource, EntityManager } from 'typeorm';
import {
  GrantRevocationService,
  type AppSignOutCause,
  type Grant,
  type GrantRevocationCause,
} from '../grants/grant-revocation.service.js';
import type { Metrics } from './metrics.js';

/**
 * Revocations counted by the cause each revoking call names: every session of an app (its
 * secret rotated, turned off or leaked, the app deleted or suspended), a user ending an app's
 * access, or one grant (a replayed code or refresh token, RFC 7009 revocation of a refresh
 * token, a leaked token). Counted once the call returns, so a rolled-back one may still count.
 */
export class CountedRevocations extends GrantRevocationService {
  constructor(
    db: DataSource,
    private readonly revocations: Metrics['revocations'],
  ) {
    super(db);
  }

  override async signOutApp(
    appId: string,
    cause: AppSignOutCause,
    manager?: EntityManager,
  ): Promise<void> {
    await super.signOutApp(appId, cause, manager);
    this.revocations.inc({ cause });
  }

  override async revokeUserAccess(
    userId: string,
    appId: string,
    manager?: EntityManager,
  ): Promise<boolean> {
    const revoked = await super.revokeUserAccess(userId, appId, manager);
    if (revoked) this.revocations.inc({ cause: 'user_revoked_access' });
    return revoked;
  }

  override async revokeGrant(
    grant: Grant,
    cause: GrantRevocationCause,
    manager?: EntityManager,
  ): Promise<void> {
    await super.revokeGrant(grant, cause, manager);
    this.revocations.inc({ cause });
  }
}
