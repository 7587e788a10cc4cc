import type { DataSource } from 'typeorm';
import { notFound } from '../errors/domain-error.js';
import type { GrantRevocationService } from '../grants/grant-revocation.service.js';
import { inTransaction } from '../db/transaction.js';
import type { AppEventStore } from './app-event.store.js';
import { AppEntity } from './app.entity.js';

const REASON_MAX = 500;

/**
 * An operator's suspension of an app (admin CLI only: no GraphQL or REST action sets or lifts
 * it). Suspending deletes the app's tokens, codes and pending requests in the same transaction
 * that sets `suspended_at`, so the bearer check stays one indexed read and finds nothing on every
 * node from the next request; the token endpoints and the authorize link refuse the app while
 * it is suspended. Lifting it brings nothing back: users authorize again.
 */
export class AppSuspensions {
  constructor(
    private readonly db: DataSource,
    private readonly events: AppEventStore,
    private readonly revocation: GrantRevocationService,
  ) {}

  suspend(clientId: string, reason: string): Promise<AppEntity> {
    const trimmed = reason.trim();
    if (trimmed === '' || trimmed.length > REASON_MAX)
      throw new Error(`The reason must be 1 to ${REASON_MAX} characters`);
    return this.change(clientId, async (app, m) => {
      const changes = { suspendedAt: new Date(), suspendedReason: trimmed };
      await m.update(AppEntity, { id: app.id }, changes);
      await this.revocation.signOutApp(app.id, 'app_suspended', m);
      await this.events.record(app, 'APP_SUSPENDED', null, trimmed, m);
      return changes;
    });
  }

  unsuspend(clientId: string): Promise<AppEntity> {
    return this.change(clientId, async (app, m) => {
      if (app.suspendedAt === null) return {};
      const changes = { suspendedAt: null, suspendedReason: null };
      await m.update(AppEntity, { id: app.id }, changes);
      await this.events.record(app, 'APP_UNSUSPENDED', null, null, m);
      return changes;
    });
  }

  private change(
    clientId: string,
    apply: (
      app: AppEntity,
      m: Parameters<Parameters<typeof inTransaction>[1]>[0],
    ) => Promise<Partial<AppEntity>>,
  ): Promise<AppEntity> {
    return inTransaction(this.db, async (m) => {
      const isMysql = m.connection.options.type === 'mysql';
      const app = await m.findOne(AppEntity, {
        where: { clientId },
        ...(isMysql ? { lock: { mode: 'pessimistic_write' as const } } : {}),
      });
      if (!app) throw notFound('OAuth app');
      return Object.assign(app, await apply(app, m));
    });
  }
}
