import { createHash, randomBytes } from 'node:crypto';
import { mintToken, tokenKey } from './token-keys.mjs';

const BATCH_ROWS = 5_000;
const BATCHES_PER_COMMIT = 40;
const SAFE = /^[\w.:/@ -]*$/;

const sha256Hex = (value) => createHash('sha256').update(value).digest('hex');

function literal(conn, value) {
  if (value === null) return 'NULL';
  if (Buffer.isBuffer(value)) return `X'${value.toString('hex')}'`;
  if (typeof value === 'number') return String(value);
  return SAFE.test(value) ? `'${value}'` : conn.escape(value);
}

/**
 * Multi-row INSERTs of BATCH_ROWS rows each, committed every BATCHES_PER_COMMIT batches. The
 * seeding session skips foreign-key and unique checks: every row is valid by construction
 * (referenced rows exist, keys are 256-bit random), and the checks would only slow the load.
 */
export async function bulkInsert(conn, table, columns, rows) {
  await conn.query('SET foreign_key_checks = 0, unique_checks = 0');
  const head = `INSERT INTO ${table} (${columns.join(', ')}) VALUES `;
  try {
    for (let start = 0; start < rows.length; start += BATCH_ROWS * BATCHES_PER_COMMIT) {
      await conn.beginTransaction();
      const end = Math.min(rows.length, start + BATCH_ROWS * BATCHES_PER_COMMIT);
      for (let at = start; at < end; at += BATCH_ROWS) {
        const values = rows
          .slice(at, Math.min(end, at + BATCH_ROWS))
          .map((row) => `(${row.map((value) => literal(conn, value)).join(',')})`);
        await conn.query(head + values.join(','));
      }
      await conn.commit();
    }
  } finally {
    await conn.query('SET foreign_key_checks = 1, unique_checks = 1');
  }
}

export const TOKEN_COLUMNS = [
  'token_hash',
  'kind',
  'app_id',
  'user_id',
  'scope',
  'grant_id',
  'created_at',
  'expires_at',
];

/**
 * Live refresh tokens for the bench app and user, each in its own grant (a refresh rotates within
 * its grant, so no two requests touch the same chain), minted and keyed as the product does
 * (token-keys.mjs). Returns the raw tokens; only their keys are stored.
 */
export async function mintRefreshTokens(conn, { appId, userId, scope, ttlMs, count }) {
  const now = Date.now();
  const raws = [];
  const rows = [];
  for (let i = 0; i < count; i += 1) {
    const raw = mintToken('bnd_rt_');
    raws.push(raw);
    rows.push([
      tokenKey(raw),
      'refresh',
      appId,
      userId,
      scope,
      randomBytes(32).toString('hex'),
      now,
      now + ttlMs,
    ]);
  }
  rows.sort((a, b) => Buffer.compare(a[0], b[0]));
  await bulkInsert(conn, 'oauth_tokens', TOKEN_COLUMNS, rows);
  return raws;
}

/** Unused authorization codes as consent would issue them (no PKCE: the app is confidential). */
export async function mintCodes(conn, { appId, userId, redirectUri, scope, ttlMs, count }) {
  const expiresAt = Date.now() + ttlMs;
  const raws = [];
  const rows = [];
  for (let i = 0; i < count; i += 1) {
    const raw = randomBytes(32).toString('base64url');
    raws.push(raw);
    rows.push([sha256Hex(raw), appId, userId, redirectUri, 1, scope, null, expiresAt, null]);
  }
  rows.sort((a, b) => (a[0] < b[0] ? -1 : 1));
  await bulkInsert(
    conn,
    'oauth_authorization_codes',
    [
      'code_hash',
      'app_id',
      'user_id',
      'redirect_uri',
      'redirect_uri_sent',
      'scope',
      'code_challenge',
      'expires_at',
      'used_at',
    ],
    rows,
  );
  return raws;
}
