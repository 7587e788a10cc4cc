import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SERVER_DIR } from './settings.mjs';
import { tokenKey } from './token-keys.mjs';

const LOOKUP = join(SERVER_DIR, 'dist/grants/access-token.store.js');

/**
 * EXPLAIN of the bearer check exactly as the built product sends it (the first SELECT in
 * access-token.store.js), for the bench's real access token: evidence that the check stays one
 * indexed lookup however many tokens are stored. Null when the query cannot be found.
 */
export async function explainBearerCheck(conn, accessToken) {
  const source = readFileSync(LOOKUP, 'utf8');
  const sql = /`(\s*SELECT[\s\S]*?)`/.exec(source)?.[1];
  if (!sql || (sql.match(/\?/g) ?? []).length !== 2) return null;
  const [rows] = await conn.query(`EXPLAIN ${sql}`, [tokenKey(accessToken), Date.now()]);
  return rows.map((row) => ({
    table: row.table,
    type: row.type,
    key: row.key,
    ref: row.ref,
    rows: Number(row.rows),
    extra: row.Extra,
  }));
}
