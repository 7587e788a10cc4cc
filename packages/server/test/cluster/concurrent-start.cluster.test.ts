import { afterAll, describe, expect, it } from 'vitest';
import type { ServerProcess } from '../helpers/server-process.js';
import { createClusterDatabase, startInstance, type ClusterDatabase } from './cluster.js';

// Instances started at the same moment, one per node, on an empty database: they take turns
// with the migration lock, so one of them creates the schema and the others find it current.
const ROUNDS = 3;

const databases: ClusterDatabase[] = [];
afterAll(async () => {
  await Promise.all(databases.map((database) => database.drop()));
});

type Column = { TABLE_NAME: string; COLUMN_NAME: string; COLUMN_TYPE: string };

async function schemaOn(database: ClusterDatabase, node: number): Promise<string> {
  const columns = await database.query<Column>(
    node,
    `SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE FROM information_schema.COLUMNS
      WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME, ORDINAL_POSITION`,
    [database.name],
  );
  return columns.map((c) => `${c.TABLE_NAME}.${c.COLUMN_NAME} ${c.COLUMN_TYPE}`).join('\n');
}

describe('instances started at once on an empty cluster database', () => {
  it('all come up, with one schema, each migration run once', async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const database = await createClusterDatabase();
      databases.push(database);
      const started = await Promise.allSettled(
        [0, 1, 2].map((node) => startInstance(database.nodeUrl(node))),
      );
      const instances = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
      const healthy = await Promise.all(
        instances.map(
          async (instance: ServerProcess) => (await fetch(`${instance.url}/healthz`)).status,
        ),
      );
      await Promise.all(instances.map((instance) => instance.stop()));

      expect(started.map((s) => s.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled']);
      expect(healthy).toEqual([200, 200, 200]);
      const schemas = await Promise.all([0, 1, 2].map((node) => schemaOn(database, node)));
      expect(schemas[0]).toMatch(/oauth_tokens\.parent_id/);
      expect(new Set(schemas).size).toBe(1);
      const runs = await database.query<{ name: string; times: number }>(
        0,
        'SELECT name, COUNT(*) AS times FROM migrations GROUP BY name HAVING COUNT(*) > 1',
      );
      expect(runs).toEqual([]);
      const lock = await database.query(0, 'SELECT * FROM schema_migration_lock');
      expect(lock).toEqual([]);
    }
  });
});
