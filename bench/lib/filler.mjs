import { randomBytes, randomUUID } from 'node:crypto';
import { bulkInsert, TOKEN_COLUMNS } from './seed.mjs';
import { timeOrderedKeys } from './token-keys.mjs';

const FILLER_OWNERS = 1000;
const fillerUserId = (k) => `00000000-0000-4000-8000-${String(k).padStart(12, '0')}`;
const fillerAppId = (k) => `00000000-0000-4000-9000-${String(k).padStart(12, '0')}`;

/**
 * Other users, their apps and authorizations, so filler tokens spread over many (app, user) pairs
 * the way a real table's do. Their ids are computable (UUID-shaped, from the pair's number) so the
 * database can generate the filler tokens itself.
 */
export async function createFillerOwners(conn) {
  const now = Date.now();
  const users = [];
  const apps = [];
  const authorizations = [];
  for (let k = 0; k < FILLER_OWNERS; k += 1) {
    const [userId, appId] = [fillerUserId(k), fillerAppId(k)];
    users.push([userId, `filler-${k}@bench.invalid`, `Filler ${k}`, 'x'.repeat(60), now, now]);
    apps.push([
      appId,
      `filler_${randomBytes(12).toString('hex')}`,
      userId,
      `Filler app ${k}`,
      '["http://127.0.0.1:9/cb"]',
      0,
      null,
      null,
      now,
      now,
      null,
    ]);
    authorizations.push([randomUUID(), userId, appId, 'read write', now, now, null]);
  }
  await bulkInsert(
    conn,
    'users',
    ['id', 'email', 'display_name', 'password_hash', 'created_at', 'updated_at'],
    users,
  );
  await bulkInsert(
    conn,
    'oauth_apps',
    [
      'id',
      'client_id',
      'owner_id',
      'name',
      'redirect_uris',
      'require_secret',
      'secret_sealed',
      'secret_leaked_at',
      'created_at',
      'updated_at',
      'last_used_at',
    ],
    apps,
  );
  await bulkInsert(
    conn,
    'oauth_authorizations',
    ['id', 'user_id', 'app_id', 'scope', 'created_at', 'updated_at', 'last_used_at'],
    authorizations,
  );
}

const FILL_CHUNK = 100_000;

/**
 * Tops oauth_tokens up to `target` rows with other users' live tokens (access/refresh pairs
 * sharing a grant), generated inside MariaDB from its Sequence engine (seq_A_to_B) in chunks of
 * FILL_CHUNK rows, one chunk at a time per connection in `conns`: no SQL text to build, send and
 * parse. Keys are what the measured build stores (token-keys.mjs): a mint time in the last
 * `count` milliseconds, one per row, then 52 hex digits of SHA-256, so the product's own tokens
 * land after them; for a build that keys by plain SHA-256, spread evenly over the whole key space
 * (a rising 64-bit prefix, then 48 hex digits). Grant ids are spread like the latter; each
 * (app, user) pair takes one contiguous run. So every index grows by appending: a random-order
 * load into a 128 MB buffer pool would run at disk speed instead.
 */
export async function fillTokens(conns, { target }) {
  const [[{ rows: current }]] = await conns[0].query('SELECT COUNT(*) AS `rows` FROM oauth_tokens');
  const count = Math.max(0, target - Number(current));
  const started = Date.now();
  if (count === 0) return { inserted: 0, ms: 0 };
  const step = ((1n << 64n) - 1n) / BigInt(count);
  const salt = randomBytes(16).toString('hex');
  const now = Date.now();
  // Owner k holds the k-th thousandth of the run: its rows, like all rows, arrive in key order.
  const owner = `((seq DIV 2) * ${2 * FILLER_OWNERS}) DIV ${count}`;
  const key = timeOrderedKeys
    ? `CONCAT(LPAD(HEX(${now - count} + seq), 12, '0'), LEFT(SHA2(CONCAT(?, seq), 256), 52))`
    : `CONCAT(LPAD(HEX(seq * ${step}), 16, '0'), LEFT(SHA2(CONCAT(?, seq), 256), 48))`;
  const chunks = [];
  for (let from = 0; from < count; from += FILL_CHUNK) {
    chunks.push([from, Math.min(count, from + FILL_CHUNK) - 1]);
  }
  // Each connection takes the next chunk: two insert points, one per core.
  const worker = async (conn) => {
    await conn.query('SET foreign_key_checks = 0, unique_checks = 0');
    try {
      for (let chunk = chunks.shift(); chunk; chunk = chunks.shift()) {
        const [from, to] = chunk;
        await conn.query(
          `INSERT INTO oauth_tokens (${TOKEN_COLUMNS.join(', ')})
           SELECT UNHEX(${key}),
                  IF(seq % 2 = 0, 'access', 'refresh'),
                  CONCAT('00000000-0000-4000-9000-', LPAD(${owner}, 12, '0')),
                  CONCAT('00000000-0000-4000-8000-', LPAD(${owner}, 12, '0')),
                  'read write',
                  CONCAT(LPAD(LOWER(HEX((seq DIV 2) * ${step * 2n})), 16, '0'), LEFT(SHA2(CONCAT(?, 'g', seq DIV 2), 256), 48)),
                  ?,
                  ? + IF(seq % 2 = 0, 3600000, 2592000000)
             FROM seq_${from}_to_${to}`,
          [salt, salt, now, now],
        );
      }
    } finally {
      await conn.query('SET foreign_key_checks = 1, unique_checks = 1');
    }
  };
  await Promise.all(conns.map(worker));
  return { inserted: count, ms: Date.now() - started };
}
