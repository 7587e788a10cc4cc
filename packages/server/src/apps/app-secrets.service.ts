import type { DataSource, EntityManager } from 'typeorm';
import type { SecretBox } from '../crypto/secret-box.js';
import { badInput } from '../errors/domain-error.js';
import type { GrantRevocationService } from '../grants/grant-revocation.service.js';
import type { AppEventStore } from './app-event.store.js';
import { newClientSecret } from './app-secrets.js';
import { AppEntity } from './app.entity.js';
import { lockOwnedApp } from './owned-app-lookup.js';
import { inTransaction } from '../db/transaction.js';
import { sha256 } from '../crypto/tokens.js';

/** The app after an action, and the secret in full only when the action created or revealed one. */
export type AppWithSecret = { app: AppEntity; clientSecret: string | null };
/** After an action that always has a secret to give: rotate, reveal, copy. */
type AppAndSecret = { app: AppEntity; clientSecret: string };

/**
 * The client secret of an owned app: require on/off, rotate, reveal. A secret is stored sealed
 * (AES-256-GCM) and returned only by the action that creates or reveals it, never by a read.
 */
export class AppSecretsService {
  constructor(
    private readonly db: DataSource,
    private readonly secretBox: SecretBox,
    private readonly events: AppEventStore,
    private readonly revocation: GrantRevocationService,
  ) {}

  setRequireSecret(ownerId: string, clientId: string, on: boolean): Promise<AppWithSecret> {
    return inTransaction(this.db, async (m) => {
      const app = await lockOwnedApp(m, ownerId, clientId);
      return { app, clientSecret: await this.switchRequireSecret(m, app, on, ownerId) };
    });
  }

  /**
   * On: a new secret, shown once; the app becomes confidential. Off: the stored secret is
   * deleted and every OAuth session of the app signed out, in the caller's transaction.
   * No change, no effect: returns null.
   */
  async switchRequireSecret(
    m: EntityManager,
    app: AppEntity,
    on: boolean,
    actorId: string,
  ): Promise<string | null> {
    if (app.requireSecret === on) return null;
    const clientSecret = on ? newClientSecret() : null;
    await this.storeSecret(m, app, clientSecret);
    if (!on) await this.revocation.signOutApp(app.id, 'secret_turned_off', m);
    await this.events.record(
      app,
      on ? 'SECRET_REQUIRED_ON' : 'SECRET_REQUIRED_OFF',
      actorId,
      null,
      m,
    );
    return clientSecret;
  }

  /** The old secret stops working at once and every session of the app is signed out. */
  rotateSecret(ownerId: string, clientId: string): Promise<AppAndSecret> {
    return inTransaction(this.db, async (m) => {
      const app = await lockOwnedApp(m, ownerId, clientId);
      if (!app.requireSecret) {
        throw badInput(
          'This app is public and has no client secret; turn on Require a client secret first',
        );
      }
      const clientSecret = newClientSecret();
      await this.storeSecret(m, app, clientSecret);
      await this.revocation.signOutApp(app.id, 'secret_rotated', m);
      await this.events.record(app, 'SECRET_ROTATED', ownerId, null, m);
      return { app, clientSecret };
    });
  }

  /**
   * A new secret in place of a leaked one, in the caller's transaction: the old secret stops
   * working and every session of the app is signed out. The owner reveals the new one.
   */
  async replaceSecret(m: EntityManager, app: AppEntity): Promise<void> {
    await this.storeSecret(m, app, newClientSecret());
    await this.revocation.signOutApp(app.id, 'secret_leaked', m);
  }

  /** An explicit reveal by the owner; each one is recorded. */
  revealSecret(ownerId: string, clientId: string): Promise<AppAndSecret> {
    return this.openSecret(ownerId, clientId, 'SECRET_REVEALED');
  }

  /**
   * The secret for the owner's clipboard, never put on screen; recorded as a copy, so the log
   * says what the owner did.
   */
  copySecret(ownerId: string, clientId: string): Promise<AppAndSecret> {
    return this.openSecret(ownerId, clientId, 'SECRET_COPIED');
  }

  private openSecret(
    ownerId: string,
    clientId: string,
    event: 'SECRET_REVEALED' | 'SECRET_COPIED',
  ): Promise<AppAndSecret> {
    return inTransaction(this.db, async (m) => {
      const app = await lockOwnedApp(m, ownerId, clientId);
      if (!app.requireSecret || app.secretSealed === null) {
        throw badInput('This app is public and has no client secret to reveal');
      }
      const clientSecret = this.secretBox.open(app.secretSealed);
      await this.events.record(app, event, ownerId, null, m);
      return { app, clientSecret };
    });
  }

  /** Stores a new secret (sealed), or none; a new secret also clears the leak warning. */
  private async storeSecret(
    m: EntityManager,
    app: AppEntity,
    clientSecret: string | null,
  ): Promise<void> {
    const changes = {
      requireSecret: clientSecret !== null,
      secretSealed: clientSecret === null ? null : this.secretBox.seal(clientSecret),
      secretHash: clientSecret === null ? null : sha256(clientSecret),
      secretLeakedAt: null,
      secretLeakUrl: null,
      updatedAt: new Date(),
    };
    await m.update(AppEntity, { id: app.id }, changes);
    Object.assign(app, changes);
  }
}
