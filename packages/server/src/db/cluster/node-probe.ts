import mysql from 'mysql2/promise';
import type { DatabaseHost, MysqlTarget } from './database-hosts.js';

const PROBE_TIMEOUT_MS = 2_000;

/**
 * Whether a node may serve: it answers, accepts writes, and is part of the cluster's primary
 * component (`wsrep_ready=ON`). A server without Galera is ready when it answers and accepts
 * writes.
 */
export async function isNodeReady(target: MysqlTarget, node: DatabaseHost): Promise<boolean> {
  let connection: mysql.Connection | undefined;
  try {
    connection = await connectTo(target, node);
    return await readsReady(connection);
  } catch {
    return false;
  } finally {
    connection?.destroy();
  }
}

/** A connection of its own to one node, for probes (never one of the pool's). */
export function connectTo(target: MysqlTarget, node: DatabaseHost): Promise<mysql.Connection> {
  return mysql.createConnection({
    host: node.host,
    port: node.port,
    user: target.username,
    password: target.password,
    connectTimeout: PROBE_TIMEOUT_MS,
  });
}

/**
 * Readiness on an open connection: the server accepts writes (`read_only=OFF`, so a host list
 * never moves an instance onto a read-only replica), and a Galera node is in the primary
 * component. MariaDB without Galera reports `wsrep_ready=OFF` too, so `wsrep_on` decides whether
 * that is asked: a server that does not replicate this way is ready when it accepts writes.
 */
export async function readsReady(connection: mysql.Connection): Promise<boolean> {
  const [variables] = await connection.query({
    sql: "SHOW GLOBAL VARIABLES WHERE Variable_name IN ('wsrep_on', 'read_only')",
    timeout: PROBE_TIMEOUT_MS,
  });
  const value = (name: string) =>
    (variables as { Variable_name: string; Value: string }[]).find((v) => v.Variable_name === name)
      ?.Value;
  if (value('read_only') === 'ON') return false;
  if (value('wsrep_on') !== 'ON') return true;
  const [rows] = await connection.query({
    sql: "SHOW GLOBAL STATUS LIKE 'wsrep_ready'",
    timeout: PROBE_TIMEOUT_MS,
  });
  return (rows as { Value?: string }[])[0]?.Value === 'ON';
}

/** Asks whether the server is a Galera node; `isGaleraAnswer` reads the rows it returns. */
export const GALERA_CHECK = "SHOW GLOBAL VARIABLES LIKE 'wsrep_on'";

/** True on a Galera node (`wsrep_on=ON`); false on MySQL and on MariaDB without Galera. */
export function isGaleraAnswer(rows: unknown): boolean {
  return (rows as { Value?: string }[])[0]?.Value === 'ON';
}

/** The first node of the list that is ready, in the list's order; null when none is. */
export async function firstReadyNode(target: MysqlTarget): Promise<DatabaseHost | null> {
  for (const node of target.hosts) {
    if (await isNodeReady(target, node)) return node;
  }
  return null;
}
