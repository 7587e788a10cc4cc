import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mysql from 'mysql2/promise';
import type { DataSource } from 'typeorm';

export type TestDatabase = { url: string; dataDir: string; drop(): Promise<void> };

/**
 * A database of the test's own: a fresh SQLite file, or, when TEST_DATABASE_URL names a MySQL
 * server, a uniquely named database on it that is dropped afterwards.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bnder-test-'));
  const server = process.env.TEST_DATABASE_URL;
  if (!server?.startsWith('mysql://')) {
    return {
      url: `sqlite:${join(dataDir, 'bnder.sqlite')}`,
      dataDir,
      drop: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const name = `bnder_test_${Date.now()}_${randomBytes(4).toString('hex')}`;
  await withSchemaLock(async (admin) => {
    await admin?.query(
      `CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
  });
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    dataDir,
    drop: async () => {
      await withSchemaLock(async (admin) => {
        await admin?.query(`DROP DATABASE IF EXISTS \`${name}\``);
      });
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Runs `work` while no other test process on this machine changes a schema on the same MySQL
 * server: on a Galera node, one database's DDL can abort another database's migration running at
 * the same moment (a deadlock error, 1213), which a test's parallel files would otherwise hit now
 * and then. A named lock of that node (GET_LOCK), on a connection of its own; without a MySQL
 * server the work just runs. Never nested: the lock belongs to the connection.
 */
export async function withSchemaLock<T>(
  work: (admin: mysql.Connection | null) => Promise<T>,
): Promise<T> {
  const server = process.env.TEST_DATABASE_URL;
  if (!server?.startsWith('mysql://')) return work(null);
  const base = new URL(server);
  base.pathname = '/';
  const admin = await mysql.createConnection(base.toString());
  try {
    await admin.query(`SELECT GET_LOCK('bnder_test_schema', 300)`);
    return await work(admin);
  } finally {
    await admin.end();
  }
}

/** Undoes the newest migrations, later ones first, until the named one is undone too. */
export async function undoMigrationsDownTo(db: DataSource, name: string): Promise<void> {
  for (let undone = ''; undone !== name;) {
    const [last] = (await db.query(
      'SELECT name FROM migrations ORDER BY timestamp DESC LIMIT 1',
    )) as { name: string }[];
    undone = last?.name ?? name;
    await db.undoLastMigration({ transaction: 'each' });
  }
}
