import type { Config, RateLimitRule } from '../config/load-config.js';
import { DomainError } from '../errors/domain-error.js';
import { RateLimiter } from '../rate-limits/rate-limiter.js';
import type { RateLimitStore } from '../rate-limits/rate-limit-store.js';
import type { Metrics } from './metrics.js';

/**
 * The rate limiter, counting each refusal under its rule's setting name (`tokenRequests`,
 * `failedClientAuth`, …): never the bucket, which names a client or an address.
 */
export class CountedRateLimiter extends RateLimiter {
  private readonly ruleNames: Map<RateLimitRule, string>;

  constructor(
    store: RateLimitStore,
    enabled: boolean,
    rules: Config['rateLimits'],
    private readonly refusals: Metrics['rateLimitRefusals'],
  ) {
    super(store, enabled);
    this.ruleNames = new Map(Object.entries(rules).map(([name, rule]) => [rule, name]));
  }

  override async hit(bucket: string, rule: RateLimitRule): Promise<void> {
    await super.hit(bucket, rule).catch((error: unknown) => this.counted(error, rule));
  }

  override async reserve(bucket: string, rule: RateLimitRule): Promise<void> {
    await super.reserve(bucket, rule).catch((error: unknown) => this.counted(error, rule));
  }

  override guarded(bucket: string, rule: RateLimitRule, check: () => boolean): Promise<boolean> {
    return super.guarded(bucket, rule, check).catch((error: unknown) => this.counted(error, rule));
  }

  override async check(bucket: string, rule: RateLimitRule): Promise<void> {
    await super.check(bucket, rule).catch((error: unknown) => this.counted(error, rule));
  }

  private counted(error: unknown, rule: RateLimitRule): never {
    if (error instanceof DomainError && error.code === 'TOO_MANY_REQUESTS')
      this.refusals.inc({ limit: this.ruleNames.get(rule) ?? 'other' });
    throw error;
  }
}
