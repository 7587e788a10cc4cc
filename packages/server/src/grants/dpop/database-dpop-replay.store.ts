import type { DataSource } from 'typeorm';
import { violatedConstraint } from '../../db/constraint-errors.js';
import { coalescedInserts } from '../../db/coalesced-statements.js';
import { fastQuery, type FastQuery } from '../../db/fast-query.js';
import type { DpopReplayStore } from './dpop-replay-store.js';

/** Expired entries are swept at most this often per instance, through the expiry index. */
const SWEEP_EVERY_MS = 60 * 1000;

/**
 * The `dpop_proofs` table: the primary key decides. Of two uses of one proof, on any instance or
 * Galera node, one INSERT wins and the other fails with a duplicate key (on Galera the loser's
 * certification failure runs again and then finds the key, see fast-query.ts). Proofs checked
 * at the same moment share one INSERT, and each runs alone again if any of them is refused
 * (db/coalesced-statements.ts), so each learns whether its own proof was new.
 */
export class DatabaseDpopReplayStore implements DpopReplayStore {
  private readonly query: FastQuery;
  private readonly insertProofs: (rows: unknown[][]) => Promise<void>;
  private lastSweep = 0;

  constructor(db: DataSource) {
    this.query = fastQuery(db);
    this.insertProofs = coalescedInserts(
      db,
      'INSERT INTO dpop_proofs (jti_hash, expires_at)',
      '?, ?',
    );
  }

  async firstUse(key: string, expiresAt: number, now: number): Promise<boolean> {
    this.sweep(now);
    if (await this.insert(key, expiresAt)) return true;
    // An entry whose proof is too old by now no longer guards anything: it makes way.
    await this.query('DELETE FROM dpop_proofs WHERE jti_hash = ? AND expires_at <= ?', [key, now]);
    return this.insert(key, expiresAt);
  }

  async close(): Promise<void> {}

  private async insert(key: string, expiresAt: number): Promise<boolean> {
    try {
      await this.insertProofs([[key, expiresAt]]);
      return true;
    } catch (error) {
      if (violatedConstraint(error) === 'unique') return false;
      throw error;
    }
  }

  /** In the background: a failed sweep only leaves rows for the next one. */
  private sweep(now: number): void {
    if (now - this.lastSweep < SWEEP_EVERY_MS) return;
    this.lastSweep = now;
    this.query('DELETE FROM dpop_proofs WHERE expires_at <= ?', [now]).catch(() => undefined);
  }
}
