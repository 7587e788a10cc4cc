import type { DataSource, EntityManager } from 'typeorm';
import { GrantRevocationService, type Grant } from '../grants/grant-revocation.service.js';
import type { Metrics } from './metrics.js';

/**
 * Revocations counted by cause, as the revoking call says it: every session of an app (secret
 * rotated or turned off, app deleted or suspended, leaked secret rotated), a user ending an
 * app's access, or one grant (a replayed code or refresh token, RFC 7009 revocation of a refresh
 * token, a leaked token). Counted once the call returns, so a rolled-back one may still count.
 */
export class CountedRevocations extends GrantRevocationService {
  constructor(
    db: DataSource,
    private readonly revocations: Metrics['revocations'],
  ) {
    super(db);
  }

  override async signOutApp(appId: string, manager?: EntityManager): Promise<void> {
    await super.signOutApp(appId, manager);
    this.revocations.inc({ cause: 'app_signed_out' });
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

  override async revokeGrant(grant: Grant, manager?: EntityManager): Promise<void> {
    await super.revokeGrant(grant, manager);
    this.revocations.inc({ cause: 'grant_revoked' });
  }
}
