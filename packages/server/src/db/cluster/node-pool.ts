import type { Pool, PoolConnection } from 'mysql2';
import type { DataSource } from 'typeorm';
import type { DatabaseHost } from './database-hosts.js';

// Bit 1 of wsrep_sync_wait: a SELECT, SHOW or BEGIN first waits until this node has applied
// every write set the cluster committed before it, so a read sees commits made on other nodes.
const CAUSAL_READS = 'SET SESSION wsrep_sync_wait = 1';

/** The parts of TypeORM's MySQL driver that the pool swap touches (MysqlDriver.js). */
type MysqlDriverInternals = {
  pool?: Pool;
  options: Record<string, unknown>;
  mysql: { createPool(options: Record<string, unknown>): Pool };
  createConnectionOptions(
    options: Record<string, unknown>,
    credentials: Record<string, unknown>,
  ): Record<string, unknown>;
};

/**
 * Points the data source's connection pool at one node. TypeORM opens one pool for one host and
 * offers no hook per connection, so the pool is replaced: TypeORM and the fast queries take
 * `driver.pool` afresh for every connection they borrow. The old pool ends once its borrowed
 * connections come back; a query still running on the lost node fails and answers 503.
 */
export async function usePool(
  db: DataSource,
  node: DatabaseHost,
  causalReads: boolean,
): Promise<void> {
  const driver = db.driver as unknown as MysqlDriverInternals;
  // A single-host DATABASE_URL stays TypeORM's to read; a host list gave host and port apart.
  const credentials = driver.options.url
    ? driver.options
    : { ...driver.options, host: node.host, port: node.port };
  const options = driver.createConnectionOptions(driver.options, credentials);
  const pool = driver.mysql.createPool(options);
  if (causalReads) {
    pool.on('connection', (connection: PoolConnection) => {
      // Queued before anything the borrower sends. Should it fail, the connection is dropped,
      // so no read can run on it without the wait.
      connection.query(CAUSAL_READS, (error) => error && connection.destroy());
    });
  }
  await new Promise<void>((resolve, reject) =>
    pool.getConnection((error, connection) => {
      if (error) return pool.end(() => reject(error));
      connection.release();
      resolve();
    }),
  );
  const previous = driver.pool;
  driver.pool = pool;
  previous?.end(() => undefined);
}
