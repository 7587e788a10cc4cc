import type { DataSource, QueryRunner } from 'typeorm';
import { retriedOnDeadlock } from './transaction.js';

/**
 * A statement outside a transaction commits by itself, so a deadlock or a Galera certification
 * failure (both 1213) rolled back exactly that statement: running it again is safe. Inside a
 * transaction only the whole transaction may run again, which `inTransaction` does.
 * TypeORM opens a query runner for every repository call and `db.query`; each is wrapped here.
 */
export function retryAutocommitStatements(db: DataSource): void {
  const driver = db.driver as unknown as { createQueryRunner(mode: string): QueryRunner };
  const createQueryRunner = driver.createQueryRunner.bind(driver);
  driver.createQueryRunner = (mode) => {
    const runner = createQueryRunner(mode);
    const query = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
    runner.query = ((...args: unknown[]) =>
      runner.isTransactionActive
        ? query(...args)
        : retriedOnDeadlock(() => query(...args))) as QueryRunner['query'];
    return runner;
  };
}
