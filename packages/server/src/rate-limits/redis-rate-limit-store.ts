import { Redis } from 'ioredis';
import type { LimitState, RateLimitStore } from './rate-limit-store.js';

// INCR and the window's expiry in one atomic script, so a crash between them cannot leave a
// counter that never expires.
const INCREMENT = `
local hits = redis.call('INCR', KEYS[1])
if hits == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return {hits, redis.call('PTTL', KEYS[1])}`;

// Only a live counter is taken back, and never below zero: a key that expired stays gone.
const DECREMENT = `
local hits = tonumber(redis.call('GET', KEYS[1]) or '0')
if hits > 0 then redis.call('DECR', KEYS[1]) end
return hits`;

/** Counters in Redis (REDIS_URL), shared by every instance; keys expire with their window. */
export class RedisRateLimitStore implements RateLimitStore {
  private readonly redis: Redis;

  constructor(
    url: string,
    private readonly prefix = 'bnder:rl:',
  ) {
    this.redis = new Redis(url, {
      lazyConnect: false,
      maxRetriesPerRequest: 2,
      enableOfflineQueue: true,
    });
  }

  async increment(bucket: string, windowMs: number, now: number): Promise<LimitState> {
    const [hits, ttl] = (await this.redis.eval(INCREMENT, 1, this.prefix + bucket, windowMs)) as [
      number,
      number,
    ];
    return { hits, resetAt: now + Math.max(ttl, 0) };
  }

  async decrement(bucket: string): Promise<void> {
    await this.redis.eval(DECREMENT, 1, this.prefix + bucket);
  }

  async read(bucket: string, now: number): Promise<LimitState | null> {
    const [[, hits], [, ttl]] = (await this.redis
      .multi()
      .get(this.prefix + bucket)
      .pttl(this.prefix + bucket)
      .exec()) as [[Error | null, string | null], [Error | null, number]];
    if (hits === null || ttl <= 0) return null;
    return { hits: Number(hits), resetAt: now + ttl };
  }

  async delete(bucket: string): Promise<void> {
    await this.redis.del(this.prefix + bucket);
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => undefined);
  }
}
