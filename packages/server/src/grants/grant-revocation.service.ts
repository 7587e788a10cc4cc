import type { DataSource, EntityManager } from 'typeorm';
import { AuthorizationCodeEntity } from './authorization-code.entity.js';
import { AuthorizationRequestEntity } from './authorization-request.entity.js';
import { AuthorizationEntity } from './authorization.entity.js';
import { DeviceAuthorizationEntity } from './device-authorization.entity.js';
import { TokenEntity } from './token.entity.js';
import { inTransaction } from '../db/transaction.js';

/** One code exchange and every refresh descending from it. */
export type Grant = { grantId: string; appId: string; userId: string };

/**
 * Signing out OAuth sessions. Tokens are deleted, not flagged, so the bearer check's single
 * lookup sees a revoked token as absent on every server instance at the next request.
 */
export class GrantRevocationService {
  constructor(private readonly db: DataSource) {}

  /**
   * Secret rotated or turned off: every token, pending code and device request of the app
   * stops working.
   */
  async signOutApp(appId: string, manager?: EntityManager): Promise<void> {
    const run = async (m: EntityManager) => {
      await m.delete(TokenEntity, { appId });
      await m.delete(AuthorizationCodeEntity, { appId });
      await m.delete(AuthorizationRequestEntity, { appId });
      await m.delete(DeviceAuthorizationEntity, { appId });
    };
    await (manager ? run(manager) : inTransaction(this.db, run));
  }

  /** The user revokes access: the authorization, tokens and codes of that app for that user. */
  async revokeUserAccess(userId: string, appId: string, manager?: EntityManager): Promise<boolean> {
    const run = async (m: EntityManager) => {
      await m.delete(TokenEntity, { appId, userId });
      await m.delete(AuthorizationCodeEntity, { appId, userId });
      await m.delete(AuthorizationRequestEntity, { appId, userId });
      await m.delete(DeviceAuthorizationEntity, { appId, userId });
      const result = await m.delete(AuthorizationEntity, { appId, userId });
      return (result.affected ?? 0) > 0;
    };
    return manager ? run(manager) : inTransaction(this.db, run);
  }

  /** RFC 6749 §10.4/§4.1.2: a replayed code or refresh token revokes everything in its chain. */
  async revokeGrant(grant: Grant, manager?: EntityManager): Promise<void> {
    const { grantId, appId, userId } = grant;
    // Found through the (app_id, user_id) index: a grant's tokens are among its pair's rows. In
    // a READ COMMITTED transaction, so the scan locks only the grant's rows, not the gaps that
    // concurrent refreshes of the pair's other grants insert into (on MySQL that deadlocked).
    const run = (m: EntityManager) => m.delete(TokenEntity, { appId, userId, grantId });
    await (manager ? run(manager) : inTransaction(this.db, run));
  }

  countAuthorizedUsers(appId: string): Promise<number> {
    return this.db.getRepository(AuthorizationEntity).countBy({ appId });
  }
}
