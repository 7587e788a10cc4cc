import type { RateLimitRule } from '../config/load-config.js';
import { tooManyRequests } from '../errors/domain-error.js';
import type { LimitState, RateLimitStore } from './rate-limit-store.js';

/** Fixed-window rate limits over a shared store (the database by default, Redis with REDIS_URL). */
export class RateLimiter {
  constructor(
    private readonly store: RateLimitStore,
    private readonly enabled: boolean,
  ) {}

  /** Counts one hit; throws TOO_MANY_REQUESTS when the bucket is over its limit. */
  async hit(bucket: string, rule: RateLimitRule): Promise<void> {
    if (!this.enabled) return;
    const now = Date.now();
    const state = await this.store.increment(bucket, rule.windowSeconds * 1000, now);
    throwIfOver(state, state.hits > rule.max, now);
  }

  /** Refuses when the bucket is already at its limit, without counting (for failure-only limits). */
  async check(bucket: string, rule: RateLimitRule): Promise<void> {
    if (!this.enabled) return;
    const now = Date.now();
    const state = await this.store.read(bucket, now);
    if (state) throwIfOver(state, state.hits >= rule.max, now);
  }

  async reset(bucket: string): Promise<void> {
    if (this.enabled) await this.store.delete(bucket);
  }

  close(): Promise<void> {
    return this.store.close();
  }
}

function throwIfOver(state: LimitState, over: boolean, now: number): void {
  if (over) throw tooManyRequests(Math.max(1, Math.ceil((state.resetAt - now) / 1000)));
}
