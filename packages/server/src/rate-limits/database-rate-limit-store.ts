import type { DataSource } from 'typeorm';
import { purgeRows } from '../db/expired-rows.js';
import { fastQuery, type FastQuery } from '../db/fast-query.js';
import { sha256Hex } from '../crypto/tokens.js';
import type { LimitState, RateLimitStore } from './rate-limit-store.js';

type CounterRow = { hits: number | string; reset_at: number | string };

/**
 * Counters in the `rate_limits` table. The upsert itself says the count it made, so no second
 * read can see another request's hit: SQLite returns the row (`RETURNING`); on MySQL, which has
 * no `INSERT … RETURNING` (MariaDB has), the count is passed through `LAST_INSERT_ID(expr)`, which
 * the server reports back in the statement's own OK packet on MySQL and MariaDB alike. On Galera
 * a conflicting upsert from another node fails with 1213 and runs again (see fast-query.ts), so
 * it counts on top of the winner's hit.
 */
export class DatabaseRateLimitStore implements RateLimitStore {
  private readonly upsertSql: string;
  private readonly query: FastQuery;

  constructor(db: DataSource) {
    // On the driver: with limits on, every token request pays for these statements.
    this.query = fastQuery(db);
    this.upsertSql =
      db.options.type === 'mysql'
        ? `INSERT INTO rate_limits (bucket, hits, reset_at) VALUES (?, LAST_INSERT_ID(1), ?)
           ON DUPLICATE KEY UPDATE hits = LAST_INSERT_ID(IF(reset_at <= ?, 1, hits + 1)),
           reset_at = IF(reset_at <= ?, VALUES(reset_at), reset_at)`
        : `INSERT INTO rate_limits (bucket, hits, reset_at) VALUES (?, 1, ?)
           ON CONFLICT(bucket) DO UPDATE SET hits = CASE WHEN reset_at <= ? THEN 1 ELSE hits + 1 END,
           reset_at = CASE WHEN reset_at <= ? THEN excluded.reset_at ELSE reset_at END
           RETURNING hits, reset_at`;
  }

  async increment(bucket: string, windowMs: number, now: number, max: number): Promise<LimitState> {
    const key = storedBucket(bucket);
    const result: unknown = await this.query(this.upsertSql, [key, now + windowMs, now, now]);
    if (!Array.isArray(result)) {
      // MySQL: the OK packet's insert id is the count; the window's end is read only when the
      // count refuses (Retry-After), which keeps every hit within the limit to one statement.
      const hits = Number((result as { insertId: number | string }).insertId);
      const state = hits > max ? await this.read(bucket, now) : null;
      return { hits, resetAt: state?.resetAt ?? now + windowMs };
    }
    const [row] = result as CounterRow[];
    if (!row) throw new Error('the rate limit upsert returned no row');
    return { hits: Number(row.hits), resetAt: Number(row.reset_at) };
  }

  async decrement(bucket: string, now: number): Promise<void> {
    await this.query(
      'UPDATE rate_limits SET hits = hits - 1 WHERE bucket = ? AND hits > 0 AND reset_at > ?',
      [storedBucket(bucket), now],
    );
  }

  async read(bucket: string, now: number): Promise<LimitState | null> {
    const rows = await this.query<CounterRow>(
      'SELECT hits, reset_at FROM rate_limits WHERE bucket = ?',
      [storedBucket(bucket)],
    );
    const row = rows[0];
    if (!row || Number(row.reset_at) <= now) return null;
    return { hits: Number(row.hits), resetAt: Number(row.reset_at) };
  }

  async delete(bucket: string): Promise<void> {
    await this.query('DELETE FROM rate_limits WHERE bucket = ?', [storedBucket(bucket)]);
  }

  async close(): Promise<void> {}
}

/**
 * Counters whose window ended before `now` (epoch ms): the next hit on one starts a new window
 * anyway, so it holds nothing, but each caller address it ever saw would keep its row forever.
 * A counter hit again meanwhile has a new window and stays.
 */
export function purgeEndedCounters(db: DataSource, now: number): Promise<number> {
  return purgeRows(db, {
    table: 'rate_limits',
    key: 'bucket',
    where: 'reset_at <= ?',
    params: [now],
  });
}

/** The key column holds 191 characters (a utf8mb4 index's limit); longer names are hashed. */
const MAX_BUCKET = 191;

/**
 * A bucket name can outgrow the column (`signin:<email up to 254 characters>:<IPv6>`); such a
 * name is stored as its SHA-256, which keeps it unique without truncating two emails together.
 */
function storedBucket(bucket: string): string {
  return bucket.length <= MAX_BUCKET ? bucket : `sha256:${sha256Hex(bucket)}`;
}
