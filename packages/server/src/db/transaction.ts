import type { DataSource, EntityManager } from 'typeorm';

// ER_LOCK_DEADLOCK and ER_LOCK_WAIT_TIMEOUT: InnoDB rolled the whole transaction back. Galera
// reports a write set that lost certification against another node's as 1213 too, at COMMIT.
const RETRYABLE_ERRNOS = new Set([1213, 1205]);
// Conflicts between nodes can repeat while both sides retry (a burst of refreshes against the
// once-a-minute last-used update of their authorization row, under load), so more tries than
// InnoDB alone needs, each after a random pause growing with the tries, that lets the other
// side commit first: at most about 0.7 s in all.
const ATTEMPTS = 8;
const PAUSE_MS = 25;

/**
 * Runs `work` in one transaction. On MySQL it runs at READ COMMITTED, which takes no gap locks,
 * and is retried when InnoDB picks it as a deadlock victim or Galera's certification refuses it:
 * the rollback undid all of it, so running it again is safe. Single-use rules still hold: they
 * rest on conditional UPDATEs and unique keys, which lock and re-check the row at any isolation
 * level, and which Galera certifies across nodes.
 */
export function inTransaction<T>(
  db: DataSource,
  work: (m: EntityManager) => Promise<T>,
): Promise<T> {
  return retriedOnDeadlock(() =>
    db.options.type === 'mysql' ? db.transaction('READ COMMITTED', work) : db.transaction(work),
  );
}

/** Runs `attempt` again (up to ATTEMPTS times) when the database rolled it back for a conflict. */
export async function retriedOnDeadlock<T>(attempt: () => Promise<T>): Promise<T> {
  for (let tries = 1; ; tries += 1) {
    try {
      return await attempt();
    } catch (error) {
      if (tries >= ATTEMPTS || !isRetryable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * PAUSE_MS * tries));
    }
  }
}

/** A deadlock or certification failure: the database undid all of it. */
export function isRetryable(error: unknown): boolean {
  const { errno, driverError } = error as { errno?: number; driverError?: { errno?: number } };
  return RETRYABLE_ERRNOS.has(errno ?? driverError?.errno ?? 0);
}
