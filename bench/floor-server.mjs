// The floor F: what one request costs on this machine when all it does is one primary-key SELECT
// through mysql2, pooled the way the product pools (connectionLimit 10), on the same database;
// or, for a `sqlite:` DATABASE_URL, through better-sqlite3 with the product's pragmas.
// On MariaDB it also serves the figures' floors F1 to F4 and F3S (lib/floor-routes.mjs).
// Env: DATABASE_URL, PORT, FLOOR_USER_ID (the row to read), FLOOR_CLIENT_AUTH (the figures' client).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const serverRequire = createRequire(
  join(dirname(fileURLToPath(import.meta.url)), '../packages/server/package.json'),
);
const Fastify = serverRequire('fastify');
const url = String(process.env.DATABASE_URL);
const userId = process.env.FLOOR_USER_ID;
const SQL = 'SELECT id, email, display_name FROM users WHERE id = ?';

/** The one statement, through the driver the product uses for this URL. */
function openReader() {
  if (url.startsWith('sqlite:')) {
    const Database = serverRequire('better-sqlite3');
    const db = new Database(url.slice('sqlite:'.length));
    db.pragma('foreign_keys = ON');
    db.pragma('journal_mode = WAL');
    db.pragma('busy_timeout = 5000');
    const statement = db.prepare(SQL);
    return { read: async () => statement.all(userId), end: async () => db.close(), pool: null };
  }
  const mysql = serverRequire('mysql2/promise');
  const openPool = (options = {}) =>
    mysql.createPool({ uri: url, connectionLimit: 10, enableKeepAlive: true, ...options });
  const pool = openPool();
  return {
    read: async () => (await pool.query(SQL, [userId]))[0],
    end: () => pool.end(),
    pool,
    openPool,
  };
}

const reader = openReader();
const app = Fastify({ logger: false });
if (reader.openPool && process.env.FLOOR_CLIENT_AUTH) {
  const { registerFigureFloors } = await import('./lib/floor-routes.mjs');
  const { pool, openPool } = reader;
  registerFigureFloors(app, { pool, openPool }, process.env.FLOOR_CLIENT_AUTH);
}

app.get('/', async (_request, reply) => {
  const rows = await reader.read();
  if (rows.length !== 1) return reply.code(404).send({ error: 'not_found' });
  const [user] = rows;
  return { id: user.id, email: user.email, display_name: user.display_name };
});

const close = async () => {
  await app.close();
  await reader.end();
  process.exit(0);
};
process.once('SIGTERM', () => void close());
process.once('SIGINT', () => void close());

await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
console.log(`floor listening on ${process.env.PORT}`);
