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
    const state = await this.store.increment(bucket, rule.windowSeconds * 1000, now, rule.max);
    throwIfOver(state, state.hits > rule.max, now);
  }

  /**
   * Takes one slot before a secret is checked: the increment returns its own count, so of N
   * guesses at once at most `rule.max` get a slot; the rest are refused with TOO_MANY_REQUESTS
   * and nothing is checked. A refused guess takes its hit back at once, so the count stays the
   * number of guesses checked; a guess that turns out right gives its slot back (`release`).
   */
  async reserve(bucket: string, rule: RateLimitRule): Promise<void> {
    if (!this.enabled) return;
    const now = Date.now();
    const state = await this.store.increment(bucket, rule.windowSeconds * 1000, now, rule.max);
    if (state.hits <= rule.max) return;
    await this.store.decrement(bucket, now);
    throwIfOver(state, true, now);
  }

  /** Gives back a slot taken by `reserve`, in the bucket's live window. */
  async release(bucket: string): Promise<void> {
    if (this.enabled) await this.store.decrement(bucket, Date.now());
  }

  /** Refuses when the bucket is already at its limit, without counting. */
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
