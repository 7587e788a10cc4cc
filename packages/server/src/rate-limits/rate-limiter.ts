import type { DataSource } from 'typeorm';
import type { RateLimitRule } from '../config/load-config.js';
import { tooManyRequests } from '../errors/domain-error.js';

export type LimitState = { hits: number; resetAt: number };

/**
 * Fixed-window counters kept in the database, so every server instance shares them.
 * The upsert is one statement, so concurrent hits never lose a count.
 */
export class RateLimiter {
  private readonly upsertSql: string;

  constructor(
    private readonly db: DataSource,
    private readonly enabled: boolean,
  ) {
    this.upsertSql =
      db.options.type === 'mysql'
        ? `INSERT INTO rate_limits (bucket, hits, reset_at) VALUES (?, 1, ?)
           ON DUPLICATE KEY UPDATE hits = IF(reset_at <= ?, 1, hits + 1), reset_at = IF(reset_at <= ?, VALUES(reset_at), reset_at)`
        : `INSERT INTO rate_limits (bucket, hits, reset_at) VALUES (?, 1, ?)
           ON CONFLICT(bucket) DO UPDATE SET hits = CASE WHEN reset_at <= ? THEN 1 ELSE hits + 1 END,
           reset_at = CASE WHEN reset_at <= ? THEN excluded.reset_at ELSE reset_at END`;
  }

  /** Counts one hit; throws TOO_MANY_REQUESTS when the bucket is over its limit. */
  async hit(bucket: string, rule: RateLimitRule): Promise<void> {
    if (!this.enabled) return;
    const now = Date.now();
    await this.db.query(this.upsertSql, [bucket, now + rule.windowSeconds * 1000, now, now]);
    this.throwIfOver(await this.read(bucket, now), rule, now);
  }

  /** Refuses when the bucket is already at its limit, without counting (for failure-only limits). */
  async check(bucket: string, rule: RateLimitRule): Promise<void> {
    if (!this.enabled) return;
    const now = Date.now();
    this.throwIfOver(await this.read(bucket, now), rule, now, true);
  }

  async reset(bucket: string): Promise<void> {
    if (!this.enabled) return;
    await this.db.query('DELETE FROM rate_limits WHERE bucket = ?', [bucket]);
  }

  private throwIfOver(
    state: LimitState | null,
    rule: RateLimitRule,
    now: number,
    atLimit = false,
  ): void {
    if (!state) return;
    const over = atLimit ? state.hits >= rule.max : state.hits > rule.max;
    if (over) throw tooManyRequests(Math.max(1, Math.ceil((state.resetAt - now) / 1000)));
  }

  private async read(bucket: string, now: number): Promise<LimitState | null> {
    const rows = (await this.db.query('SELECT hits, reset_at FROM rate_limits WHERE bucket = ?', [
      bucket,
    ])) as {
      hits: number | string;
      reset_at: number | string;
    }[];
    const row = rows[0];
    if (!row || Number(row.reset_at) <= now) return null;
    return { hits: Number(row.hits), resetAt: Number(row.reset_at) };
  }
}
