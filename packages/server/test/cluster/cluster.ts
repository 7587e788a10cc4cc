import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mysql from 'mysql2/promise';
import { TestClient, signUp } from '../helpers/client.js';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.js';

/** The three nodes `.ci/galera.sh start` runs on loopback (CLUSTER_NODES overrides them). */
export const NODES = (
  process.env.CLUSTER_NODES ?? '127.0.0.1:3311,127.0.0.1:3312,127.0.0.1:3313'
).split(',');

/** Every instance of one deployment shares the key that seals app secrets. */
const SECRET_KEY = randomBytes(32).toString('base64');

export type ClusterDatabase = {
  name: string;
  /** The database on one node only (index into NODES). */
  nodeUrl(node: number): string;
  /** The database behind a host list of the nodes, in the order given. */
  hostListUrl(order: number[]): string;
  /** A statement run straight on one node, to see what that node holds. */
  query<Row>(node: number, sql: string, params?: unknown[]): Promise<Row[]>;
  drop(): Promise<void>;
};

/** A database of the test's own, created on the cluster (CREATE DATABASE replicates). */
export async function createClusterDatabase(): Promise<ClusterDatabase> {
  const name = `bnder_cluster_${Date.now()}_${randomBytes(4).toString('hex')}`;
  const admin = (node: number) => mysql.createConnection(`mysql://root@${NODES[node]}/`);
  const first = await admin(0);
  await first.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await first.end();
  return {
    name,
    nodeUrl: (node) => `mysql://root@${NODES[node]}/${name}`,
    hostListUrl: (order) => `mysql://root@${order.map((i) => NODES[i]).join(',')}/${name}`,
    query: async <Row>(node: number, sql: string, params: unknown[] = []) => {
      const connection = await mysql.createConnection(`mysql://root@${NODES[node]}/${name}`);
      try {
        // Wait for the cluster's earlier commits, as the server's own reads do.
        await connection.query('SET SESSION wsrep_sync_wait = 1');
        const [rows] = await connection.query(sql, params);
        return rows as Row[];
      } finally {
        await connection.end();
      }
    },
    drop: async () => {
      const connection = await admin(0);
      await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await connection.end();
    },
  };
}

/**
 * A server process on the given DATABASE_URL, started from source (no build, so instances
 * started together never race one). Rate limits are off unless the test turns them on.
 */
export function startInstance(
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<ServerProcess> {
  return startServerProcess({
    DATABASE_URL: databaseUrl,
    DATA_DIR: mkdtempSync(join(tmpdir(), 'bnder-cluster-')),
    SECRET_KEY,
    RATE_LIMITS: 'off',
    // CLUSTER_CAUSAL_READS=off shows what the suite catches without the causal reads.
    DATABASE_CAUSAL_READS: process.env.CLUSTER_CAUSAL_READS ?? 'on',
    ...env,
  });
}

export type TwoNodes = {
  /** Instance A, on node 1. */
  a: ServerProcess;
  /** Instance B, on node 2. */
  b: ServerProcess;
  /** A user signed up through A, owner of the test's apps. */
  owner: TestClient;
  stop(): Promise<void>;
};

/** Two instances of one deployment on different nodes, over a database of the test's own. */
export async function twoInstancesOnTwoNodes(): Promise<TwoNodes> {
  const database = await createClusterDatabase();
  const [a, b] = await Promise.all([
    startInstance(database.nodeUrl(0)),
    startInstance(database.nodeUrl(1)),
  ]);
  const owner = new TestClient(a.url);
  await signUp(owner);
  return {
    a,
    b,
    owner,
    stop: async () => {
      await Promise.all([a.stop(), b.stop()]);
      await database.drop();
    },
  };
}
