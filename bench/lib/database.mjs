import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { SERVER_DIR } from './settings.mjs';

/** mysql2 and fastify come from the server package's own dependencies: bench/ installs nothing. */
export const serverRequire = createRequire(join(SERVER_DIR, 'package.json'));
const mysql = serverRequire('mysql2/promise');

const HOST = process.env.BENCH_MYSQL_HOST ?? '127.0.0.1';
const PORT = Number(process.env.BENCH_MYSQL_PORT ?? 3306);

export const databaseUrl = (name) => `mysql://root@${HOST}:${PORT}/${name}`;

export function connect(database) {
  return mysql.createConnection({ host: HOST, port: PORT, user: 'root', database });
}

/** A fresh, uniquely named database on the shared server; the product's migrations fill it. */
export async function createDatabase() {
  const name = `bnder_bench_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const conn = await connect();
  try {
    await conn.query(
      `CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
    const [[{ version }]] = await conn.query('SELECT VERSION() AS version');
    return { name, version };
  } finally {
    await conn.end();
  }
}

export async function dropDatabase(name) {
  const conn = await connect();
  try {
    await conn.query(`DROP DATABASE IF EXISTS \`${name}\``);
  } finally {
    await conn.end();
  }
}

/** Exact row count and the on-disk sizes of oauth_tokens (statistics refreshed first). */
export async function tokenTableStats(conn) {
  await conn.query('ANALYZE TABLE oauth_tokens');
  const [[{ rows }]] = await conn.query('SELECT COUNT(*) AS `rows` FROM oauth_tokens');
  const [[sizes]] = await conn.query(
    `SELECT data_length AS dataBytes, index_length AS indexBytes
       FROM information_schema.TABLES
      WHERE table_schema = DATABASE() AND table_name = 'oauth_tokens'`,
  );
  return {
    rows: Number(rows),
    dataBytes: Number(sizes.dataBytes),
    indexBytes: Number(sizes.indexBytes),
  };
}

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/**
 * After a bulk load InnoDB goes on flushing dirty pages; measuring during that burst would charge
 * the seeding to the figure. Wait (at most maxMs) until the dirty-page count is low or has stopped
 * falling: MariaDB keeps a residue of dirty pages indefinitely when idle flushing is not needed.
 */
export async function settle(conn, { maxMs = 5_000, lowPages = 500 } = {}) {
  const started = Date.now();
  const dirty = async () => {
    const [[row]] = await conn.query("SHOW GLOBAL STATUS LIKE 'Innodb_buffer_pool_pages_dirty'");
    return Number(row.Value);
  };
  let previous = await dirty();
  for (;;) {
    await sleep(1000);
    const now = await dirty();
    const stalled = now > previous * 0.95;
    if (now <= lowPages || stalled || Date.now() - started > maxMs) {
      return { ms: Date.now() - started, dirtyPages: now };
    }
    previous = now;
  }
}

const COUNTERS = {
  Innodb_buffer_pool_reads: 'diskReads',
  Innodb_buffer_pool_read_requests: 'pageReads',
  Innodb_data_fsyncs: 'fsyncs',
  // Pages the page cleaner writes back: each insert into a random-keyed index dirties a leaf,
  // and once that index outgrows the buffer pool the dirty leaves are ever more distinct pages.
  Innodb_buffer_pool_pages_flushed: 'pagesFlushed',
  Com_select: 'selects',
  Com_insert: 'inserts',
  Com_insert_select: 'insertSelects',
  Com_update: 'updates',
  Com_commit: 'commits',
};

/** Server-wide InnoDB and statement counters (shared with anything else using this server). */
export async function serverCounters(conn) {
  const [rows] = await conn.query(
    `SHOW GLOBAL STATUS WHERE Variable_name IN (${Object.keys(COUNTERS)
      .map((name) => `'${name}'`)
      .join(',')})`,
  );
  return Object.fromEntries(rows.map((row) => [COUNTERS[row.Variable_name], Number(row.Value)]));
}

/** Counter deltas per request over a run; rough, since other databases on the server count too. */
export function perRequest(before, after, requests) {
  return Object.fromEntries(
    Object.keys(after).map((key) => [
      key,
      Number(((after[key] - before[key]) / requests).toFixed(2)),
    ]),
  );
}
