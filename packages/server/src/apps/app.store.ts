import { In, IsNull, type DataSource, type Repository } from 'typeorm';
import { inTransaction } from '../db/transaction.js';
import type { ClientStore } from '../grants/client.store.js';
import type { AppEventStore } from './app-event.store.js';
import { AppEntity } from './app.entity.js';

/**
 * The oauth_apps rows as the product's pages read them (authorize, consent, authorized apps):
 * the whole app, and the leaked-secret warning. The token endpoints' view of a client, and the
 * secret check, are grants/client.store.ts. `oauth/` depends on this; `apps/` never depends
 * on `oauth/`.
 */
export class AppStore {
  private readonly apps: Repository<AppEntity>;

  constructor(
    private readonly db: DataSource,
    private readonly events: AppEventStore,
    private readonly records: ClientStore<AppEntity>,
  ) {
    this.apps = db.getRepository(AppEntity);
  }

  /** The whole app by its client_id (see ClientStore.findByClientId). */
  findByClientId(clientId: string): Promise<AppEntity | null> {
    return this.records.findByClientId(clientId);
  }

  findById(id: string): Promise<AppEntity | null> {
    return this.apps.findOneBy({ id });
  }

  /** The apps of these ids; unknown ids are left out. */
  findByIds(ids: readonly string[]): Promise<AppEntity[]> {
    return ids.length ? this.apps.findBy({ id: In([...new Set(ids)]) }) : Promise.resolve([]);
  }

  /**
   * Values sent as client_secret in an authorize link. Only the app's real secret (compared in
   * constant time) raises the leak warning, and only once: the conditional UPDATE matches while
   * no warning is set and the secret is still the one checked, so repeats and concurrent
   * reports write no further event until a new secret clears the warning.
   */
  async reportSecretInLink(app: AppEntity, sentValues: readonly string[]): Promise<void> {
    const matches = sentValues.map((value) => this.records.verifySecret(app, value));
    if (!matches.includes(true)) return;
    await inTransaction(this.db, async (m) => {
      const flagged = await m.update(
        AppEntity,
        { id: app.id, secretLeakedAt: IsNull(), secretSealed: app.secretSealed ?? IsNull() },
        { secretLeakedAt: new Date() },
      );
      if (flagged.affected === 1) {
        await this.events.record(app, 'SECRET_IN_AUTHORIZE_LINK', null, null, m);
      }
    });
  }
}
