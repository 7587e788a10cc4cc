// The floor F: what one request costs on this machine when all it does is one primary-key SELECT
// through mysql2, pooled the way the product pools (connectionLimit 10), on the same database.
// Env: DATABASE_URL, PORT, FLOOR_USER_ID (the row to read).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const serverRequire = createRequire(
  join(dirname(fileURLToPath(import.meta.url)), '../packages/server/package.json'),
);
const Fastify = serverRequire('fastify');
const mysql = serverRequire('mysql2/promise');

const pool = mysql.createPool({
  uri: process.env.DATABASE_URL,
  connectionLimit: 10,
  enableKeepAlive: true,
});
const userId = process.env.FLOOR_USER_ID;
const app = Fastify({ logger: false });

app.get('/', async (_request, reply) => {
  const [rows] = await pool.query('SELECT id, email, display_name FROM users WHERE id = ?', [
    userId,
  ]);
  if (rows.length !== 1) return reply.code(404).send({ error: 'not_found' });
  const [user] = rows;
  return { id: user.id, email: user.email, display_name: user.display_name };
});

const close = async () => {
  await app.close();
  await pool.end();
  process.exit(0);
};
process.once('SIGTERM', () => void close());
process.once('SIGINT', () => void close());

await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
console.log(`floor listening on ${process.env.PORT}`);
