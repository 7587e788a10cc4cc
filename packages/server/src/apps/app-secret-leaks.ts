import { timingSafeEqual } from 'node:crypto';
import { In, IsNull, Not, type DataSource } from 'typeorm';
import type { SecretBox } from '../crypto/secret-box.js';
import { sha256 } from '../crypto/tokens.js';
import { inTransaction } from '../db/transaction.js';
import type { AppEventStore } from './app-event.store.js';
import type { AppSecretsService } from './app-secrets.service.js';
import { AppEntity } from './app.entity.js';

/** Where a reported secret was found: the scanner's URL when it gave one. */
export type LeakReport = { url: string | null };

/**
 * Client secrets reported found in public. The app is found by the secret's SHA-256 (indexed),
 * never by opening every sealed secret; the owner is warned (app page, activity log), and the
 * secret is rotated at once when the owner turned on rotate_secret_on_leak.
 */
export class AppSecretLeaks {
  constructor(
    private readonly db: DataSource,
    private readonly secretBox: SecretBox,
    private readonly events: AppEventStore,
    private readonly secrets: AppSecretsService,
  ) {}

  /** Marks the app of each live secret leaked; returns the secrets that were live. */
  async reportLeaked(rawSecrets: readonly string[], report: LeakReport): Promise<Set<string>> {
    const live = new Set<string>();
    if (rawSecrets.length === 0) return live;
    await this.fillMissingDigests();
    const digests = rawSecrets.map((raw) => ({ raw, digest: sha256(raw) }));
    const apps = await this.db
      .getRepository(AppEntity)
      .findBy({ secretHash: In(digests.map((d) => d.digest)) });
    for (const app of apps) {
      // The index found the row; the digests are compared again in constant time.
      const match = digests.find(
        (d) => app.secretHash !== null && timingSafeEqual(Buffer.from(app.secretHash), d.digest),
      );
      if (!match) continue;
      live.add(match.raw);
      await this.markLeaked(app.id, match.digest, report);
    }
    return live;
  }

  private async markLeaked(appId: string, digest: Buffer, report: LeakReport): Promise<void> {
    await inTransaction(this.db, async (m) => {
      const app = await m.findOneBy(AppEntity, { id: appId });
      // Rotated meanwhile: the reported secret no longer works, nothing to warn about.
      if (!app?.secretHash || !timingSafeEqual(Buffer.from(app.secretHash), digest)) return;
      const changes = { secretLeakedAt: new Date(), secretLeakUrl: report.url };
      await m.update(AppEntity, { id: app.id }, changes);
      Object.assign(app, changes);
      await this.events.record(app, 'SECRET_REPORTED_LEAKED', null, leakDetail(report), m);
      if (app.rotateSecretOnLeak) {
        await this.secrets.replaceSecret(m, app);
        await this.events.record(app, 'SECRET_ROTATED_ON_LEAK', null, null, m);
      }
    });
  }

  /**
   * Apps whose secret predates the secret_hash column get their digest here, once: the
   * migration had no key to open the sealed secrets with (see its comment).
   */
  private async fillMissingDigests(): Promise<void> {
    const repo = this.db.getRepository(AppEntity);
    const missing = await repo.find({
      select: { id: true, secretSealed: true },
      where: { secretHash: IsNull(), secretSealed: Not(IsNull()) },
    });
    for (const app of missing) {
      if (app.secretSealed === null) continue;
      const secretHash = sha256(this.secretBox.open(app.secretSealed));
      await repo.update({ id: app.id, secretSealed: app.secretSealed }, { secretHash });
    }
  }
}

function leakDetail(report: LeakReport): string {
  return report.url ? `Found at ${report.url}` : 'Reported through the credential revocation API';
}
