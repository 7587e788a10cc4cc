import type { DataSource } from 'typeorm';
import { parseMysqlUrl, type DatabaseHost } from './database-hosts.js';
import { NodeFailover, type NodeFailoverOptions } from './node-failover.js';
import { GALERA_CHECK, firstReadyNode, isGaleraAnswer } from './node-probe.js';
import { usePool } from './node-pool.js';

export type ClusterOptions = Partial<NodeFailoverOptions>;

/**
 * The node an instance starts on: the only host, or the first ready node of a host list.
 * Throws when no node of the list is ready, like any other database that cannot be reached.
 */
export async function startingNode(databaseUrl: string): Promise<DatabaseHost> {
  const target = parseMysqlUrl(databaseUrl);
  if (target.hosts.length === 1) return target.hosts[0] as DatabaseHost;
  const node = await firstReadyNode(target);
  if (!node) throw new Error('no host of DATABASE_URL is up and ready (wsrep_ready=ON)');
  return node;
}

/**
 * After TypeORM connected to `node`: on Galera, every pooled connection waits for causal reads;
 * with a host list, the instance follows the cluster when its node is lost. One MySQL server
 * without Galera keeps TypeORM's pool as it is, so it pays for neither.
 */
export async function joinCluster(
  db: DataSource,
  databaseUrl: string,
  node: DatabaseHost,
  options: ClusterOptions = {},
): Promise<void> {
  const target = parseMysqlUrl(databaseUrl);
  const galera = isGaleraAnswer(await db.query(GALERA_CHECK));
  const causalReads = galera && (options.causalReads ?? true);
  if (causalReads) await usePool(db, node, true);
  if (target.hosts.length === 1) return;
  const failover = new NodeFailover(db, target, node, { ...options, causalReads });
  await failover.start();
  // DataSource.destroy() ends the driver's pool; the watch connection and timer end with it.
  const driver = db.driver as unknown as { disconnect(): Promise<void> };
  const disconnect = driver.disconnect.bind(driver);
  driver.disconnect = () => {
    failover.stop();
    return disconnect();
  };
}
