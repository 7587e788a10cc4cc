import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { violatedConstraint } from './constraint-errors.js';

const LOCK_TTL_MS = 60_000;
const HEARTBEAT_MS = 10_000;
const POLL_MS = 250;
const GIVE_UP_MS = 5 * 60_000;

/**
 * Runs `work` (the migrations) while holding the one row of `schema_migration_lock`, so that
 * instances started together on an empty database migrate one after the other. A row taken with
 * INSERT is a lock on every engine this product runs on: Galera replicates no GET_LOCK, and a
 * second node's INSERT of the same key fails, either as a duplicate or, when both raced, at
 * certification (1213). The holder renews the row; one that died leaves it to expire.
 */
export async function withMigrationLock<T>(db: DataSource, work: () => Promise<T>): Promise<T> {
  await db.query(
    `CREATE TABLE IF NOT EXISTS schema_migration_lock (
       id INT NOT NULL PRIMARY KEY, holder VARCHAR(36) NOT NULL, expires_at BIGINT NOT NULL)`,
  );
  const holder = randomUUID();
  await take(db, holder);
  // Not awaited: a renewal that fails is dropped (caught) and the next beat tries again.
  const heartbeat = setInterval(
    () =>
      void db
        .query('UPDATE schema_migration_lock SET expires_at = ? WHERE id = 1 AND holder = ?', [
          Date.now() + LOCK_TTL_MS,
          holder,
        ])
        .catch(() => undefined),
    HEARTBEAT_MS,
  );
  heartbeat.unref();
  try {
    return await work();
  } finally {
    clearInterval(heartbeat);
    await db.query('DELETE FROM schema_migration_lock WHERE id = 1 AND holder = ?', [holder]);
  }
}

async function take(db: DataSource, holder: string): Promise<void> {
  const started = Date.now();
  for (;;) {
    try {
      await db.query(
        'INSERT INTO schema_migration_lock (id, holder, expires_at) VALUES (1, ?, ?)',
        [holder, Date.now() + LOCK_TTL_MS],
      );
      return;
    } catch (error) {
      if (!isHeld(error)) throw error;
    }
    if (Date.now() - started > GIVE_UP_MS) {
      throw new Error('another instance has held the migration lock for too long');
    }
    // A holder that died without releasing: its row expired, so it is taken away.
    await db.query('DELETE FROM schema_migration_lock WHERE id = 1 AND expires_at < ?', [
      Date.now(),
    ]);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** The INSERT lost to another instance's row: a duplicate key, or a conflict between nodes. */
function isHeld(error: unknown): boolean {
  const { errno, driverError } = error as { errno?: number; driverError?: { errno?: number } };
  return (
    violatedConstraint(driverError ?? error) === 'unique' || (errno ?? driverError?.errno) === 1213
  );
}
