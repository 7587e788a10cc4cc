import { IsNull, type DataSource, type EntityManager, type Repository } from 'typeorm';
import { randomToken, sha256Hex } from '../crypto/tokens.js';
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

  constructor(
    db: DataSource,
    private readonly ttlSeconds: number,
  ) {
    this.codes = db.getRepository(AuthorizationCodeEntity);
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

  find(code: string): Promise<AuthorizationCodeEntity | null> {
    return this.codes.findOneBy({ codeHash: sha256Hex(code) });
  }

  /**
   * RFC 9700 §4.5: a failed redemption spends the code too, so a code injected into another
   * client, or tried with a guessed verifier, cannot be tried again with the right values.
   */
  async spend(codeHash: string): Promise<void> {
    await this.codes.update({ codeHash, usedAt: IsNull() }, { usedAt: new Date() });
  }

  /**
   * RFC 6749 §4.1.2 single use, decided by one conditional update: of two racing exchanges
   * exactly one sees a changed row.
   */
  async markUsed(codeHash: string, manager: EntityManager): Promise<boolean> {
    const now = new Date();
    const result = await manager
      .createQueryBuilder()
      .update(AuthorizationCodeEntity)
      .set({ usedAt: now })
      .where('code_hash = :codeHash AND used_at IS NULL AND expires_at > :now', {
        codeHash,
        now: now.getTime(),
      })
      .execute();
    return result.affected === 1;
  }
}
