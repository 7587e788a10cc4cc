import type { DataSource, Repository } from 'typeorm';
import { violatedConstraint } from '../db/constraint-errors.js';
import { inTransaction } from '../db/transaction.js';
import { SigningKeyEntity } from './signing-key.entity.js';

export type NewSigningKey = Pick<
  SigningKeyEntity,
  'kid' | 'alg' | 'publicJwk' | 'privateJwkSealed'
>;

/**
 * The ID token signing keys, one table shared by every instance. At most one key per algorithm
 * is active (the unique `active_alg`); retired keys stay until their last ID token expired.
 */
export class SigningKeyStore {
  private readonly keys: Repository<SigningKeyEntity>;

  constructor(private readonly db: DataSource) {
    this.keys = db.getRepository(SigningKeyEntity);
  }

  all(): Promise<SigningKeyEntity[]> {
    return this.keys.find({ order: { createdAt: 'ASC' } });
  }

  /**
   * The first key of an algorithm. Instances starting together may all try: the unique
   * `active_alg` keeps one, and the others get false and read it.
   */
  async addFirst(key: NewSigningKey): Promise<boolean> {
    try {
      await this.keys.insert(this.row(key, new Date()));
      return true;
    } catch (error) {
      if (violatedConstraint(error) === 'unique') return false;
      throw error;
    }
  }

  /** Retires the active key of the algorithm and activates the new one, in one transaction. */
  async rotate(key: NewSigningKey): Promise<void> {
    const now = new Date();
    await inTransaction(this.db, async (m) => {
      await m
        .getRepository(SigningKeyEntity)
        .update({ activeAlg: key.alg }, { activeAlg: null, retiredAt: now });
      await m.getRepository(SigningKeyEntity).insert(this.row(key, now));
    });
  }

  /** Removes the keys retired before `cutoff`: no unexpired ID token names them any more. */
  async removeRetiredBefore(cutoff: Date): Promise<void> {
    await this.keys
      .createQueryBuilder()
      .delete()
      .where('retired_at IS NOT NULL AND retired_at < :cutoff', { cutoff: cutoff.getTime() })
      .execute();
  }

  private row(key: NewSigningKey, now: Date): SigningKeyEntity {
    return { ...key, activeAlg: key.alg, createdAt: now, retiredAt: null };
  }
}
