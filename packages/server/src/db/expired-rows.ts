import type { DataSource } from 'typeorm';
import { retriedOnDeadlock } from './transaction.js';

/** Rows per statement: a small write set for Galera to certify, and short row locks. */
export const PURGE_BATCH = 1000;

/** Which rows of a table a purge deletes. */
export type Purge = {
  table: string;
  /** The primary key, walked from the highest down. */
  key: string;
  /** The rows that go, on the table's own columns: the DELETE asks it again. */
  where: string;
  params: readonly unknown[];
  /**
   * A further condition for the look-up only, on the row as `t`, that may ask about other rows
   * of lower keys, and that stays true once true (so the DELETE need not ask it again, which
   * MySQL cannot with a subquery on the same table). Deleting a row may make it true for a row
   * of a lower key: see purgeRows.
   */
  lookUpAlso?: { where: string; params: readonly unknown[] };
};

/**
 * Deletes the rows a purge picks, `PURGE_BATCH` at a time, and answers how many went. It walks
 * the primary key down once, so every row is looked at about once however many are kept. Each
 * batch is read by its keys and deleted by them with `where` asked again, so the statements are
 * the same on SQLite and MySQL (neither deletes with a LIMIT on both) and a row changed in
 * between stays. Each batch commits alone: a long purge never locks the whole table, and
 * stopping it halfway leaves what it did.
 *
 * With `lookUpAlso`, the stretch a batch was picked from is looked at again after its delete:
 * a row there that the condition skipped may qualify now (a refresh token whose successor was
 * just deleted). Lower keys are looked at later anyway, after this delete.
 */
export async function purgeRows(db: DataSource, purge: Purge): Promise<number> {
  let deleted = 0;
  let below: unknown;
  for (;;) {
    const keys = await pick(db, purge, below, undefined);
    if (keys.length === 0) return deleted;
    deleted += await deleteKeys(db, purge, keys);
    const full = keys.length === PURGE_BATCH;
    const lowest = keys[keys.length - 1];
    // A batch that was not full looked at every lower key too: all of that is its stretch.
    if (purge.lookUpAlso) deleted += await again(db, purge, below, full ? lowest : undefined);
    if (!full) return deleted;
    below = lowest;
  }
}

/** Picks and deletes within [atLeast, below) until nothing more qualifies there. */
async function again(
  db: DataSource,
  purge: Purge,
  below: unknown,
  atLeast: unknown,
): Promise<number> {
  let deleted = 0;
  for (;;) {
    const keys = await pick(db, purge, below, atLeast);
    const went = keys.length === 0 ? 0 : await deleteKeys(db, purge, keys);
    if (went === 0) return deleted;
    deleted += went;
  }
}

/** Up to PURGE_BATCH keys that qualify, below `below` and from `atLeast` on, highest first. */
async function pick(
  db: DataSource,
  purge: Purge,
  below: unknown,
  atLeast: unknown,
): Promise<unknown[]> {
  const { table, key, where, params, lookUpAlso } = purge;
  const bounds: string[] = [];
  const boundParams: unknown[] = [];
  if (below !== undefined) {
    bounds.push(`t.${key} < ?`);
    boundParams.push(below);
  }
  if (atLeast !== undefined) {
    bounds.push(`t.${key} >= ?`);
    boundParams.push(atLeast);
  }
  const conditions = [...bounds, `(${where})`, ...(lookUpAlso ? [lookUpAlso.where] : [])];
  const rows = (await db.query(
    `SELECT t.${key} AS k FROM ${table} t WHERE ${conditions.join(' AND ')}
      ORDER BY t.${key} DESC LIMIT ${PURGE_BATCH}`,
    [...boundParams, ...params, ...(lookUpAlso?.params ?? [])],
  )) as { k: unknown }[];
  return rows.map((row) => row.k);
}

/**
 * One batch's DELETE, committed alone. On Galera it may meet a request's write to the same row
 * on another node (a counter hit as it ends); the loser is rolled back whole and runs again.
 */
function deleteKeys(db: DataSource, purge: Purge, keys: unknown[]): Promise<number> {
  return retriedOnDeadlock(async () => {
    const runner = db.createQueryRunner();
    try {
      const result = await runner.query(
        `DELETE FROM ${purge.table} WHERE ${purge.key} IN (${keys.map(() => '?').join(', ')})
          AND (${purge.where})`,
        [...keys, ...purge.params],
        true,
      );
      return (result as { affected?: number }).affected ?? 0;
    } finally {
      await runner.release();
    }
  });
}
