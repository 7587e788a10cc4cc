import type { DataSource } from 'typeorm';
import { fastQuery, type FastQuery } from '../db/fast-query.js';
import type { LimitState, RateLimitStore } from './rate-limit-store.js';

/** Counters in the `rate_limits` table. The upsert is one statement, so no hit is lost. */
export class DatabaseRateLimitStore implements RateLimitStore {
  private readonly upsertSql: string;
  private readonly query: FastQuery;

  constructor(db: DataSource) {
    // On the driver: with limits on, every token request pays for these statements.
    this.query = fastQuery(db);
    this.upsertSql =
      db.options.type === 'mysql'
        ? `INSERT INTO rate_limits (bucket, hits, reset_at) VALUES (?, 1, ?)
           ON DUPLICATE KEY UPDATE hits = IF(reset_at <= ?, 1, hits + 1), reset_at = IF(reset_at <= ?, VALUES(reset_at), reset_at)`
        : `INSERT INTO rate_limits (bucket, hits, reset_at) VALUES (?, 1, ?)
           ON CONFLICT(bucket) DO UPDATE SET hits = CASE WHEN reset_at <= ? THEN 1 ELSE hits + 1 END,
           reset_at = CASE WHEN reset_at <= ? THEN excluded.reset_at ELSE reset_at END`;
  }

  async increment(bucket: string, windowMs: number, now: number): Promise<LimitState> {
    await this.query(this.upsertSql, [bucket, now + windowMs, now, now]);
    return (await this.read(bucket, now)) ?? { hits: 1, resetAt: now + windowMs };
  }

  async read(bucket: string, now: number): Promise<LimitState | null> {
    const rows = await this.query<{ hits: number | string; reset_at: number | string }>(
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
