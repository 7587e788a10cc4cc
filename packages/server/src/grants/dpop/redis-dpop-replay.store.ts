import { Redis } from 'ioredis';
import type { DpopReplayStore } from './dpop-replay-store.js';

/** `SET NX` with the entry's expiry: atomic, shared by every instance, and Redis drops it. */
export class RedisDpopReplayStore implements DpopReplayStore {
  private readonly redis: Redis;

  constructor(
    url: string,
    private readonly prefix = 'bnder:dpop:',
  ) {
    this.redis = new Redis(url, { maxRetriesPerRequest: 2, enableOfflineQueue: true });
  }

  async firstUse(key: string, expiresAt: number, now: number): Promise<boolean> {
    const ttl = Math.max(1, expiresAt - now);
    return (await this.redis.set(this.prefix + key, '1', 'PX', ttl, 'NX')) === 'OK';
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => undefined);
  }
}
