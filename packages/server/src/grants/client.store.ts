import { timingSafeEqual } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { SecretBox } from '../crypto/secret-box.js';
import { sha256 } from '../crypto/tokens.js';
import { presentedCodeJoin, presentedCodeParam, type PresentedCode } from './code.store.js';
import type { IdTokenAlg } from './id-token-algs.js';
import {
  coalescedReads,
  coalescedSelects,
  placeholders,
  type KeyedRead,
} from '../db/coalesced-statements.js';
import type { FastQuery } from '../db/fast-query.js';
import { selectList, type RawRow } from '../db/row-mapper.js';
import {
  presentedKind,
  presentedTokenJoin,
  presentedTokenKeys,
  tokenDetails,
  type LiveToken,
  type PresentedKind,
  type TokenStore,
} from './token.store.js';

/** What a token request redeems, looked up with the client in one query: a token or a code. */
export type Presented = { token: string } | { code: string };

/** What that query found: only the client's own token, but any client's code (code.store.ts). */
export type Found = { token: LiveToken | null; code: PresentedCode | null };

const NOTHING_PRESENTED: Found = { token: null, code: null };

/** What the token, revocation and introspection endpoints need to know of a client. */
export type OAuthClient = {
  id: string;
  clientId: string;
  requireSecret: boolean;
  secretSealed: string | null;
  lastUsedAt: Date | null;
  allowDeviceFlow: boolean;
  /** An operator's suspension: the client is known but may use no grant. */
  suspendedAt: Date | null;
  /** RFC 9449: token requests without a DPoP proof are refused. */
  requireDpop: boolean;
  /** OpenID Connect Dynamic Client Registration 1.0 §2: what the app's ID tokens are signed with. */
  idTokenSignedResponseAlg: IdTokenAlg;
};

/**
 * How oauth_apps rows are read: apps/ owns the table and its entity, so it provides the column
 * lists and their mappers (apps/client-rows.ts), the way token.store.ts provides its join.
 */
export type ClientRows<App extends OAuthClient> = {
  /** Every column, mapped to the whole app (the authorize endpoint needs all of it). */
  allColumns: readonly string[];
  mapApp: (row: RawRow) => App;
  /** OAuthClient's columns only: the client-and-token query reads these. */
  clientColumns: readonly string[];
  mapClient: (row: RawRow) => OAuthClient;
};

/**
 * The protocol's view of a client: find it, with the presented token in the same round trip,
 * and check its secret. Beside the token records, since the token endpoints read both at once.
 */
export class ClientStore<App extends OAuthClient = OAuthClient> {
  private readonly query: FastQuery;
  /** SHA-256 of decrypted secrets, keyed by the ciphertext they came from (see verifySecret). */
  private readonly secretDigests = new Map<string, Buffer>();
  private readonly appSql: string;
  private readonly clientWithTokenSql: Record<PresentedKind, string>;
  /** MySQL only: the token and its app's client columns by the token's key alone (see find). */
  private readonly tokenWithClient: Record<PresentedKind, KeyedRead<RawRow>> | null;
  private readonly clientWithCodeSql: string;
  private readonly codeFrom: (row: RawRow) => PresentedCode | null;

  constructor(
    db: DataSource,
    private readonly secretBox: SecretBox,
    private readonly tokens: TokenStore,
    private readonly rows: ClientRows<App>,
  ) {
    // Token requests at the same moment share a statement (db/coalesced-statements.ts).
    this.query = coalescedSelects(db);
    this.appSql = `SELECT ${selectList('c', rows.allColumns)} FROM oauth_apps c WHERE c.client_id = ?`;
    const clientWithToken = (kind: PresentedKind) => {
      const token = presentedTokenJoin('c.id', kind);
      return `SELECT ${selectList('c', rows.clientColumns)}, ${token.columns}
        FROM oauth_apps c ${token.join} WHERE c.client_id = ?`;
    };
    this.clientWithTokenSql = {
      access: clientWithToken('access'),
      refresh: clientWithToken('refresh'),
    };
    const tokenWithClient = (kind: PresentedKind) => {
      const token = tokenDetails(kind);
      return coalescedReads<RawRow>(
        db,
        (keys) => `SELECT ${selectList('c', rows.clientColumns)}, ${token.columns},
            t.token_hash AS token_key
          FROM oauth_tokens t JOIN oauth_apps c ON c.id = t.app_id ${token.joins}
          WHERE t.token_hash IN (${placeholders(keys)})`,
        'token_key',
        () => [],
      );
    };
    this.tokenWithClient =
      db.options.type === 'mysql'
        ? { access: tokenWithClient('access'), refresh: tokenWithClient('refresh') }
        : null;
    const code = presentedCodeJoin(db);
    this.clientWithCodeSql = `SELECT ${selectList('c', rows.clientColumns)}, ${code.columns}
      FROM oauth_apps c ${code.join} WHERE c.client_id = ?`;
    this.codeFrom = code.from;
  }

  /** Every token request starts here, so it reads the row straight from the driver. */
  async findByClientId(clientId: string): Promise<App | null> {
    const found = await this.query<RawRow>(this.appSql, [clientId]);
    return found[0] ? this.rows.mapApp(found[0]) : null;
  }

  /**
   * The client and, in the same round trip, what it presented: a token only if it is this
   * client's own (see token.store.ts), a code whichever client's it is (see code.store.ts). The
   * token, revocation and introspection endpoints need both.
   */
  async find(
    clientId: string,
    presented: Presented | undefined,
  ): Promise<{ app: OAuthClient | null; found: Found }> {
    if (presented === undefined)
      return { app: await this.findByClientId(clientId), found: NOTHING_PRESENTED };
    if ('code' in presented) return this.findWithCode(clientId, presented.code);
    return this.findWithToken(clientId, presented.token);
  }

  private async findWithToken(
    clientId: string,
    rawToken: string,
    kind = presentedKind(rawToken),
    keys = presentedTokenKeys(rawToken),
  ): Promise<{ app: OAuthClient | null; found: Found }> {
    const [key, ...otherKeys] = keys;
    const byKey = await this.ownTokenByKey(clientId, key as Buffer, kind);
    if (byKey) return byKey;
    const [row] = await this.query<RawRow>(this.clientWithTokenSql[kind], [key, clientId]);
    if (!row) return { app: null, found: NOTHING_PRESENTED };
    const token = this.tokens.presentedTokenFrom(row, kind);
    // A refresh token without its prefix: asked again, this time with the refresh details.
    if (token === undefined) return this.findWithToken(clientId, rawToken, 'refresh', keys);
    // Not found under its key: it may have been stored under another (token-key.ts).
    if (token === null && otherKeys.length > 0)
      return this.findWithToken(clientId, rawToken, kind, otherKeys);
    return { app: this.rows.mapClient(row), found: { token, code: null } };
  }

  /**
   * On MySQL, the usual case first: the client's own token, read by its key alone, so that the
   * look-ups of requests at the same moment share one `IN (…)` statement that MariaDB plans
   * once (a `UNION ALL` of the client-and-token query plans every copy). Null when that read
   * does not settle it (no such token, another client's, the other shape, or SQLite): the
   * client-and-token query answers then, so a token that is not the client's own is refused
   * exactly as before (RFC 7009 §2.1, RFC 7662 §2.2), after the same two statements as an
   * unknown one.
   */
  private async ownTokenByKey(
    clientId: string,
    key: Buffer,
    kind: PresentedKind,
  ): Promise<{ app: OAuthClient; found: Found } | null> {
    const row = this.tokenWithClient && (await this.tokenWithClient[kind](key));
    if (!row || row.client_id !== clientId) return null;
    const token = this.tokens.presentedTokenFrom(row, kind);
    return token ? { app: this.rows.mapClient(row), found: { token, code: null } } : null;
  }

  private async findWithCode(
    clientId: string,
    rawCode: string,
  ): Promise<{ app: OAuthClient | null; found: Found }> {
    const [row] = await this.query<RawRow>(this.clientWithCodeSql, [
      presentedCodeParam(rawCode),
      clientId,
    ]);
    if (!row) return { app: null, found: NOTHING_PRESENTED };
    return { app: this.rows.mapClient(row), found: { token: null, code: this.codeFrom(row) } };
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
}

const REMEMBERED_DIGESTS = 10_000;
