import type { DataSource, Repository } from 'typeorm';
import { boolean, epochMs } from '../db/columns.js';
import { fastQuery, type FastQuery } from '../db/fast-query.js';
import type { SecretBox } from '../crypto/secret-box.js';
import { timingSafeEqual } from 'node:crypto';
import { sha256 } from '../crypto/tokens.js';
import type { AppEventsService } from './app-events.service.js';
import { AppEntity } from './app.entity.js';

/**
 * What the OAuth endpoints need from owned apps: find a client and check its secret.
 * `oauth/` depends on this; `apps/` never depends on `oauth/`.
 */
export class ClientRegistry {
  private readonly apps: Repository<AppEntity>;
  private readonly query: FastQuery;
  /** SHA-256 of decrypted secrets, keyed by the ciphertext they came from (see verifySecret). */
  private readonly secretDigests = new Map<string, Buffer>();

  constructor(
    db: DataSource,
    private readonly secretBox: SecretBox,
    private readonly events: AppEventsService,
  ) {
    this.apps = db.getRepository(AppEntity);
    this.query = fastQuery(db);
  }

  /** Every token request starts here, so it reads the row straight from the driver. */
  async findByClientId(clientId: string): Promise<AppEntity | null> {
    const rows = await this.query<AppRow>(
      `SELECT ${APP_COLUMNS} FROM oauth_apps WHERE client_id = ?`,
      [clientId],
    );
    return rows[0] ? appFromRow(rows[0]) : null;
  }

  /**
   * Constant-time comparison of SHA-256 digests: the stored secret's and the presented one's.
   * False for public apps. The stored digest is remembered per ciphertext, so a busy client does
   * not pay for AES-GCM on every request; the ciphertext is read from the database each time, so
   * a rotated or turned-off secret is never matched from memory, and no plaintext is kept.
   */
  verifySecret(app: OAuthClient, presented: string): boolean {
    if (!app.requireSecret || app.secretSealed === null) return false;
    return timingSafeEqual(this.storedDigest(app.secretSealed), sha256(presented));
  }

  private storedDigest(sealed: string): Buffer {
    let digest = this.secretDigests.get(sealed);
    if (!digest) {
      digest = sha256(this.secretBox.open(sealed));
      // Oldest first out: a Map iterates in insertion order.
      if (this.secretDigests.size >= REMEMBERED_DIGESTS) {
        const oldest = this.secretDigests.keys().next();
        if (!oldest.done) this.secretDigests.delete(oldest.value);
      }
      this.secretDigests.set(sealed, digest);
    }
    return digest;
  }

  /** A secret was seen in an authorize link: warn the owner (app page banner and activity log). */
  async markSecretLeaked(app: AppEntity): Promise<void> {
    await this.apps.update({ id: app.id }, { secretLeakedAt: new Date() });
    await this.events.record(app, 'SECRET_IN_AUTHORIZE_LINK', null);
  }
}

const REMEMBERED_DIGESTS = 10_000;

/** What the token, revocation and introspection endpoints need to know of a client. */
export type OAuthClient = Pick<
  AppEntity,
  'id' | 'clientId' | 'requireSecret' | 'secretSealed' | 'lastUsedAt' | 'allowDeviceFlow'
>;

const APP_COLUMNS =
  'id, client_id, owner_id, name, redirect_uris, require_secret, secret_sealed, secret_leaked_at, created_at, updated_at, last_used_at, ' +
  'allow_device_flow, description, homepage_url, privacy_policy_url, terms_of_service_url';

type AppRow = {
  id: string;
  client_id: string;
  owner_id: string;
  name: string;
  redirect_uris: string;
  require_secret: number | boolean;
  secret_sealed: string | null;
  secret_leaked_at: string | number | null;
  created_at: string | number;
  updated_at: string | number;
  last_used_at: string | number | null;
  allow_device_flow: number | boolean;
  description: string | null;
  homepage_url: string | null;
  privacy_policy_url: string | null;
  terms_of_service_url: string | null;
};

/** The same mapping TypeORM applies to AppEntity's columns (see app.entity.ts). */
function appFromRow(row: AppRow): AppEntity {
  const time = (value: string | number | null) => epochMs.from(value) as Date | null;
  return Object.assign(new AppEntity(), {
    id: row.id,
    clientId: row.client_id,
    ownerId: row.owner_id,
    name: row.name,
    redirectUrisJson: row.redirect_uris,
    requireSecret: boolean.from(row.require_secret) as boolean,
    secretSealed: row.secret_sealed,
    secretLeakedAt: time(row.secret_leaked_at),
    createdAt: time(row.created_at) as Date,
    updatedAt: time(row.updated_at) as Date,
    lastUsedAt: time(row.last_used_at),
    allowDeviceFlow: boolean.from(row.allow_device_flow) as boolean,
    description: row.description,
    homepageUrl: row.homepage_url,
    privacyPolicyUrl: row.privacy_policy_url,
    termsOfServiceUrl: row.terms_of_service_url,
  });
}
