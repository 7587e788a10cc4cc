import { In, IsNull, type DataSource, type Repository } from 'typeorm';
import { inTransaction } from '../db/transaction.js';
import { fastQuery, type FastQuery } from '../db/fast-query.js';
import { rowMapper, selectList, type RawRow } from '../db/row-mapper.js';
import {
  presentedKind,
  presentedTokenJoin,
  presentedTokenParam,
  type PresentedKind,
  type LiveToken,
  type TokenRecords,
} from '../grants/token-records.js';
import type { SecretBox } from '../crypto/secret-box.js';
import { timingSafeEqual } from 'node:crypto';
import { sha256 } from '../crypto/tokens.js';
import type { AppEventsService } from './app-events.service.js';
import { AppEntity } from './app.entity.js';

/**
 * The oauth_apps rows as the rest of the product reads them (the OAuth endpoints, consent,
 * authorized apps): find a client and check its secret. `oauth/` depends on this; `apps/` never
 * depends on `oauth/`.
 */
export class ClientRegistry {
  private readonly apps: Repository<AppEntity>;
  private readonly query: FastQuery;
  /** SHA-256 of decrypted secrets, keyed by the ciphertext they came from (see verifySecret). */
  private readonly secretDigests = new Map<string, Buffer>();

  private readonly appSelect: string;
  private readonly mapApp: (row: RawRow) => AppEntity;
  private readonly clientWithTokenSql: Record<PresentedKind, string>;
  private readonly mapClient: (row: RawRow) => OAuthClient;

  constructor(
    private readonly db: DataSource,
    private readonly secretBox: SecretBox,
    private readonly events: AppEventsService,
    private readonly tokens: TokenRecords,
  ) {
    this.apps = db.getRepository(AppEntity);
    this.query = fastQuery(db);
    // AppEntity is the one mapping of oauth_apps rows, for TypeORM and for these plain queries.
    const allColumns = db.getMetadata(AppEntity).columns.map((column) => column.databaseName);
    this.appSelect = selectList('c', allColumns);
    this.mapApp = rowMapper(db, AppEntity, allColumns);
    const clientWithToken = (kind: PresentedKind) => {
      const token = presentedTokenJoin('c.id', kind);
      return `SELECT ${selectList('c', CLIENT_COLUMNS)}, ${token.columns}
        FROM oauth_apps c ${token.join} WHERE c.client_id = ?`;
    };
    this.clientWithTokenSql = {
      access: clientWithToken('access'),
      refresh: clientWithToken('refresh'),
    };
    this.mapClient = rowMapper(db, AppEntity, CLIENT_COLUMNS);
  }

  /** Every token request starts here, so it reads the row straight from the driver. */
  async findByClientId(clientId: string): Promise<AppEntity | null> {
    const rows = await this.query<RawRow>(
      `SELECT ${this.appSelect} FROM oauth_apps c WHERE c.client_id = ?`,
      [clientId],
    );
    return rows[0] ? this.mapApp(rows[0]) : null;
  }

  findById(id: string): Promise<AppEntity | null> {
    return this.apps.findOneBy({ id });
  }

  /** The apps of these ids; unknown ids are left out. */
  findByIds(ids: readonly string[]): Promise<AppEntity[]> {
    return ids.length ? this.apps.findBy({ id: In([...new Set(ids)]) }) : Promise.resolve([]);
  }

  /**
   * The client and, in the same round trip, the presented token if it is this client's own
   * (see grants/token-records.ts). The token, revocation and introspection endpoints need both.
   */
  async findWithToken(
    clientId: string,
    rawToken: string,
    kind = presentedKind(rawToken),
  ): Promise<{ app: OAuthClient | null; token: LiveToken | null }> {
    const rows = await this.query<RawRow>(this.clientWithTokenSql[kind], [
      presentedTokenParam(rawToken),
      clientId,
    ]);
    const row = rows[0];
    if (!row) return { app: null, token: null };
    const token = this.tokens.presentedTokenFrom(row, kind);
    // A refresh token without its prefix: asked again, this time with the refresh details.
    if (token === undefined) return this.findWithToken(clientId, rawToken, 'refresh');
    return { app: this.mapClient(row), token };
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

  /**
   * Values sent as client_secret in an authorize link. Only the app's real secret (compared in
   * constant time) raises the leak warning, and only once: the conditional UPDATE matches while
   * no warning is set and the secret is still the one checked, so repeats and concurrent
   * reports write no further event until a new secret clears the warning.
   */
  async reportSecretInLink(app: AppEntity, sentValues: readonly string[]): Promise<void> {
    const matches = sentValues.map((value) => this.verifySecret(app, value));
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

const REMEMBERED_DIGESTS = 10_000;

/** What the token, revocation and introspection endpoints need to know of a client. */
export type OAuthClient = Pick<
  AppEntity,
  'id' | 'clientId' | 'requireSecret' | 'secretSealed' | 'lastUsedAt' | 'allowDeviceFlow'
>;

/** Their columns: the token endpoints read only these. */
const CLIENT_COLUMNS = [
  'id',
  'client_id',
  'require_secret',
  'secret_sealed',
  'last_used_at',
  'allow_device_flow',
];
