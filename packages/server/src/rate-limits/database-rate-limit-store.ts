import type { DataSource } from 'typeorm';
import { fastQuery, type FastQuery } from '../db/fast-query.js';
import type { LimitState, RateLimitStore } from './rate-limit-store.js';

type CounterRow = { hits: number | string; reset_at: number | string };

/**
 * Counters in the `rate_limits` table. The upsert returns the row it wrote (`RETURNING`, on
 * SQLite and MariaDB alike), so the count comes from the same statement that made it: a second
 * read could see another request's hit. On Galera a conflicting upsert from another node fails
 * with 1213 and runs again (see fast-query.ts), so it counts on top of the winner's hit.
 */
export class DatabaseRateLimitStore implements RateLimitStore {
  private readonly upsertSql: string;
  private readonly query: FastQuery;

  constructor(db: DataSource) {
    // On the driver: with limits on, every token request pays for these statements.
    this.query = fastQuery(db);
    this.upsertSql =
      db.options.type === 'mysql'
        ? `INSERT INTO rate_limits (bucket, hits, reset_at) VALUES (?, 1, ?)
           ON DUPLICATE KEY UPDATE hits = IF(reset_at <= ?, 1, hits + 1), reset_at = IF(reset_at <= ?, VALUES(reset_at), reset_at)
           RETURNING hits, reset_at`
        : `INSERT INTO rate_limits (bucket, hits, reset_at) VALUES (?, 1, ?)
           ON CONFLICT(bucket) DO UPDATE SET hits = CASE WHEN reset_at <= ? THEN 1 ELSE hits + 1 END,
           reset_at = CASE WHEN reset_at <= ? THEN excluded.reset_at ELSE reset_at END
           RETURNING hits, reset_at`;
  }

  async increment(bucket: string, windowMs: number, now: number): Promise<LimitState> {
    const [row] = await this.query<CounterRow>(this.upsertSql, [bucket, now + windowMs, now, now]);
    if (!row) throw new Error('the rate limit upsert returned no row');
    return { hits: Number(row.hits), resetAt: Number(row.reset_at) };
  }

  async decrement(bucket: string, now: number): Promise<void> {
    await this.query(
      'UPDATE rate_limits SET hits = hits - 1 WHERE bucket = ? AND hits > 0 AND reset_at > ?',
      [bucket, now],
    );
  }

  async read(bucket: string, now: number): Promise<LimitState | null> {
    const rows = await this.query<CounterRow>(
      'SELECT hits, reset_at FROM rate_limits WHERE bucket = ?',
      [bucket],
    );
    const row = rows[0];
    if (!row || Number(row.reset_at) <= now) return null;
    return { hits: Number(row.hits), resetAt: Number(row.reset_at) };
  }

  async delete(bucket: string): Promise<void> {
    await this.query('DELETE FROM rate_limits WHERE bucket = ?', [bucket]);
  }

  async close(): Promise<void> {}
}
