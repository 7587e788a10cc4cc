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
  const base = new URL(server);
  base.pathname = '/';
  const admin = await mysql.createConnection(base.toString());
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    dataDir,
    drop: async () => {
      const conn = await mysql.createConnection(base.toString());
      await conn.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await conn.end();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
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
