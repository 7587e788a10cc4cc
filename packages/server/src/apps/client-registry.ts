import type { DataSource, Repository } from 'typeorm';
import type { SecretBox } from '../crypto/secret-box.js';
import { constantTimeEqual } from '../crypto/tokens.js';
import type { AppEventsService } from './app-events.service.js';
import { AppEntity } from './app.entity.js';

/**
 * What the OAuth endpoints need from owned apps: find a client and check its secret.
 * `oauth/` depends on this; `apps/` never depends on `oauth/`.
 */
export class ClientRegistry {
  private readonly apps: Repository<AppEntity>;

  constructor(
    db: DataSource,
    private readonly secretBox: SecretBox,
    private readonly events: AppEventsService,
  ) {
    this.apps = db.getRepository(AppEntity);
  }

  findByClientId(clientId: string): Promise<AppEntity | null> {
    return this.apps.findOneBy({ clientId });
  }

  /** Constant-time comparison against the decrypted stored secret; false for public apps. */
  verifySecret(app: AppEntity, presented: string): boolean {
    if (!app.requireSecret || app.secretSealed === null) return false;
    return constantTimeEqual(this.secretBox.open(app.secretSealed), presented);
  }

  /** A secret was seen in an authorize link: warn the owner (app page banner and activity log). */
  async markSecretLeaked(app: AppEntity): Promise<void> {
    await this.apps.update({ id: app.id }, { secretLeakedAt: new Date() });
    await this.events.record(app, 'SECRET_IN_AUTHORIZE_LINK', null);
  }
}
