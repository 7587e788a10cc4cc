import type { DataSource, EntityManager, Repository } from 'typeorm';
import { randomToken, sha256Hex } from '../crypto/tokens.js';
import { epochMs } from '../db/columns.js';
import { fastChange, type FastChange } from '../db/fast-query.js';
import { rowMapper, selectList, type RawRow } from '../db/row-mapper.js';
import { AuthorizationCodeEntity } from './authorization-code.entity.js';

/** What a code is bound to (RFC 6749 §4.1.2, RFC 7636 §4.4). */
export type CodeBinding = Pick<
  AuthorizationCodeEntity,
  | 'appId'
  | 'userId'
  | 'redirectUri'
  | 'redirectUriSent'
  | 'scope'
  | 'codeChallenge'
  | 'nonce'
  | 'authTime'
  | 'dpopJkt'
>;

/**
 * Authorization codes: random, stored only as their SHA-256, short-lived and single use.
 * The hash also names the grant, so every token descending from the code shares it.
 */
export class CodeStore {
  private readonly codes: Repository<AuthorizationCodeEntity>;
  private readonly change: FastChange;

  constructor(
    db: DataSource,
    private readonly ttlSeconds: number,
  ) {
    this.codes = db.getRepository(AuthorizationCodeEntity);
    this.change = fastChange(db);
  }

  async issue(binding: CodeBinding, manager?: EntityManager): Promise<string> {
    const code = randomToken('', 32);
    const repo = manager ? manager.getRepository(AuthorizationCodeEntity) : this.codes;
    await repo.insert({
      ...binding,
      codeHash: sha256Hex(code),
      expiresAt: new Date(Date.now() + this.ttlSeconds * 1000),
      usedAt: null,
    });
    return code;
  }

  /**
   * RFC 9700 §4.5: a failed redemption spends the code too, so a code injected into another
   * client, or tried with a guessed verifier, cannot be tried again with the right values.
   */
  async spend(codeHash: string): Promise<void> {
    await this.change(
      'UPDATE oauth_authorization_codes SET used_at = ? WHERE code_hash = ? AND used_at IS NULL',
      [Date.now(), codeHash],
    );
  }
}

/**
 * A stored code as the exchange judges it, with its consent's last-used time and whether it was
 * exchanged: a code that issued tokens keeps `used_at` empty, its refresh token names it instead
 * (token-issuer.ts, `issueForCode`).
 */
export type PresentedCode = AuthorizationCodeEntity & {
  consentLastUsedAt: Date | null;
  exchanged: boolean;
};

const PREFIX = 'code_';

/**
 * The presented code as part of its client's query (see client.store.ts), so a code exchange
 * pays one round trip for both. Any client's code is found, not only the presenting client's:
 * a code presented by another client is spent (RFC 9700 §4.5). With it comes when the user's
 * authorization of its app was last used (written at most once a minute, see last-used.ts), so
 * a fresh one saves the exchange that write.
 */
export function presentedCodeJoin(db: DataSource): {
  columns: string;
  join: string;
  from: (row: RawRow) => PresentedCode | null;
} {
  // Every column of the entity, so a column added to codes is read here without a second list.
  const columns = db.getMetadata(AuthorizationCodeEntity).columns.map((c) => c.databaseName);
  const mapCode = rowMapper(db, AuthorizationCodeEntity, columns, PREFIX);
  return {
    columns: `${selectList('k', columns, PREFIX)}, z.last_used_at AS ${PREFIX}consent_last_used_at,
      x.id IS NOT NULL AS ${PREFIX}exchanged`,
    // Joins rather than subqueries, as for a refresh token (token.store.ts); each finds at most
    // one row by a unique key: (app_id, user_id), and from_code.
    join: `LEFT JOIN oauth_authorization_codes k ON k.code_hash = ?
      LEFT JOIN oauth_authorizations z ON z.app_id = k.app_id AND z.user_id = k.user_id
      LEFT JOIN oauth_tokens x ON x.from_code = k.code_hash`,
    from: (row) =>
      row[`${PREFIX}code_hash`] == null
        ? null
        : {
            ...mapCode(row),
            consentLastUsedAt: epochMs.from(
              row[`${PREFIX}consent_last_used_at`] as number | null,
            ) as Date | null,
            exchanged: Number(row[`${PREFIX}exchanged`]) === 1,
          },
  };
}

/** The join's one parameter: codes are stored as their SHA-256 only. */
export const presentedCodeParam = (rawCode: string) => sha256Hex(rawCode);
