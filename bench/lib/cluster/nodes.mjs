import { randomBytes } from 'node:crypto';
import { serverRequire } from '../database.mjs';

const mysql = serverRequire('mysql2/promise');

/** The single MariaDB server and the three Galera nodes of `.ci/galera.sh` (both overridable). */
export const SINGLE = process.env.BENCH_SINGLE_NODE ?? '127.0.0.1:3306';
export const NODES = (
  process.env.BENCH_CLUSTER_NODES ?? '127.0.0.1:3311,127.0.0.1:3312,127.0.0.1:3313'
).split(',');

export function connectTo(node, database) {
  const [host, port] = node.split(':');
  return mysql.createConnection({ host, port: Number(port), user: 'root', database });
}

/** A fresh database on `node` (on the cluster, CREATE DATABASE reaches every node). */
export async function createDatabaseOn(node) {
  const name = `bnder_bench_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const conn = await connectTo(node);
  try {
    await conn.query(
      `CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
    const [[{ version }]] = await conn.query('SELECT VERSION() AS version');
    return { name, version, drop: () => dropDatabaseOn(node, name) };
  } finally {
    await conn.end();
  }
}

async function dropDatabaseOn(node, name) {
  const conn = await connectTo(node);
  try {
    await conn.query(`DROP DATABASE IF EXISTS \`${name}\``);
  } finally {
    await conn.end();
  }
}

/** Refuses to run when a node is not Synced: figures of a degraded cluster mislead. */
export async function assertSynced() {
  for (const node of NODES) {
    const conn = await connectTo(node).catch(() => null);
    if (!conn) throw new Error(`cluster node ${node} does not answer: run .ci/galera.sh start`);
    const [[row]] = await conn.query("SHOW STATUS LIKE 'wsrep_local_state_comment'");
    await conn.end();
    if (row?.Value !== 'Synced')
      throw new Error(`cluster node ${node} is ${row?.Value ?? 'not Galera'}`);
  }
}
