import type { DataSource, EntityManager } from 'typeorm';

// ER_LOCK_DEADLOCK and ER_LOCK_WAIT_TIMEOUT: InnoDB rolled the whole transaction back.
const RETRYABLE_ERRNOS = new Set([1213, 1205]);
const ATTEMPTS = 3;

/**
 * Runs `work` in one transaction. On MySQL it runs at READ COMMITTED, which takes no gap locks,
 * and is retried when InnoDB picks it as a deadlock victim: the rollback undid all of it, so
 * running it again is safe. Single-use rules still hold: they rest on conditional UPDATEs and
 * unique keys, which lock and re-check the row at any isolation level.
 */
export function inTransaction<T>(
  db: DataSource,
  work: (m: EntityManager) => Promise<T>,
): Promise<T> {
  return retriedOnDeadlock(() =>
    db.options.type === 'mysql' ? db.transaction('READ COMMITTED', work) : db.transaction(work),
  );
}

/** Runs `attempt` again (up to ATTEMPTS times) when InnoDB rolled it back to break a deadlock. */
export async function retriedOnDeadlock<T>(attempt: () => Promise<T>): Promise<T> {
  for (let tries = 1; ; tries += 1) {
    try {
      return await attempt();
    } catch (error) {
      if (tries >= ATTEMPTS || !isRetryable(error)) throw error;
    }
  }
}

function isRetryable(error: unknown): boolean {
  const { errno, driverError } = error as { errno?: number; driverError?: { errno?: number } };
  return RETRYABLE_ERRNOS.has(errno ?? driverError?.errno ?? 0);
}
