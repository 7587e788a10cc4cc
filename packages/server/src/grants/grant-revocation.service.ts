import type { DataSource, EntityManager } from 'typeorm';
import { AuthorizationCodeEntity } from './authorization-code.entity.js';
import { AuthorizationRequestEntity } from './authorization-request.entity.js';
import { AuthorizationEntity } from './authorization.entity.js';
import { DeviceAuthorizationEntity } from './device-authorization.entity.js';
import { GrantSignInEntity } from './grant-sign-in.entity.js';
import { TokenEntity } from './token.entity.js';
import { inTransaction } from '../db/transaction.js';

/** One code exchange and every refresh descending from it. */
export type Grant = { grantId: string; appId: string; userId: string };

/**
 * Why every session of an app ends, and why one grant ends: the revocations metric counts them
 * by these (docs/operating.md, "Metrics"); the revocation itself is the same for each.
 */
export type AppSignOutCause =
  'secret_rotated' | 'secret_turned_off' | 'secret_leaked' | 'app_deleted' | 'app_suspended';
export type GrantRevocationCause = 'grant_replayed' | 'revoked_by_client' | 'token_leaked';

/**
 * Signing out OAuth sessions. Tokens are deleted, not flagged, so the bearer check's single
 * lookup sees a revoked token as absent on every server instance at the next request.
 */
export class GrantRevocationService {
  constructor(private readonly db: DataSource) {}

  /**
   * Secret rotated or turned off: every token, pending code and device request of the app
   * stops working, and every grant's sign-in record goes with its tokens.
   */
  async signOutApp(appId: string, _cause: AppSignOutCause, manager?: EntityManager): Promise<void> {
    const run = async (m: EntityManager) => {
      await m.delete(TokenEntity, { appId });
      // OIDC Core §12.2: the auth_time is kept only for refreshes, and none are left.
      await m.delete(GrantSignInEntity, { appId });
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
      await m.delete(GrantSignInEntity, { appId, userId });
      await m.delete(AuthorizationCodeEntity, { appId, userId });
      await m.delete(AuthorizationRequestEntity, { appId, userId });
      await m.delete(DeviceAuthorizationEntity, { appId, userId });
      const result = await m.delete(AuthorizationEntity, { appId, userId });
      return (result.affected ?? 0) > 0;
    };
    return manager ? run(manager) : inTransaction(this.db, run);
  }

  /** RFC 6749 §10.4/§4.1.2: a replayed code or refresh token revokes everything in its chain. */
  async revokeGrant(
    grant: Grant,
    _cause: GrantRevocationCause,
    manager?: EntityManager,
  ): Promise<void> {
    const { grantId, appId, userId } = grant;
    // Found through the (app_id, user_id) index: a grant's tokens are among its pair's rows. In
    // a READ COMMITTED transaction, so the scan locks only the grant's rows, not the gaps that
    // concurrent refreshes of the pair's other grants insert into (on MySQL that deadlocked).
    const run = async (m: EntityManager) => {
      // A code grant's code goes first: its pair named it (token-issuer.ts, issueForCode), and
      // once the pair is deleted only the code's absence keeps it from being exchanged again.
      // An exchange racing this meets the code's foreign key: it waits on the deleted row's lock
      // and is refused, or on Galera the two write sets conflict and the loser runs again.
      await m.delete(AuthorizationCodeEntity, { codeHash: grantId });
      await m.delete(TokenEntity, { appId, userId, grantId });
      await m.delete(GrantSignInEntity, { grantId });
    };
    await (manager ? run(manager) : inTransaction(this.db, run));
  }

  countAuthorizedUsers(appId: string): Promise<number> {
    return this.db.getRepository(AuthorizationEntity).countBy({ appId });
  }

  /** The same count for many apps in one grouped query; an app nobody authorized is absent. */
  async countAuthorizedUsersOf(appIds: readonly string[]): Promise<Map<string, number>> {
    if (appIds.length === 0) return new Map();
    const rows: { appId: string; users: string | number }[] = await this.db
      .getRepository(AuthorizationEntity)
      .createQueryBuilder('authorization')
      .select('authorization.appId', 'appId')
      .addSelect('COUNT(*)', 'users')
      .where('authorization.appId IN (:...appIds)', { appIds: [...appIds] })
      .groupBy('authorization.appId')
      .getRawMany();
    return new Map(rows.map((row) => [row.appId, Number(row.users)]));
  }
}
