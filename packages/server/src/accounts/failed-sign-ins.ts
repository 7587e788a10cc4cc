import type { Config } from '../config/load-config.js';
import { DomainError } from '../errors/domain-error.js';
import type { RateLimiter } from '../rate-limits/rate-limiter.js';

/**
 * Failed password checks (sign-in and sudo confirmation) are limited per account and IP, and
 * per IP across accounts, so neither guessing one password nor spraying many accounts from
 * one address goes unchecked.
 */
export class FailedSignIns {
  constructor(
    private readonly limiter: RateLimiter,
    private readonly limits: Config['rateLimits'],
  ) {}

  /** Refuses with TOO_MANY_REQUESTS while either limit is used up. */
  async guard(account: string, ip: string): Promise<void> {
    await this.limiter.check(accountBucket(account, ip), this.limits.failedSignIn);
    await this.limiter.check(ipBucket(ip), this.limits.failedSignInPerIp);
  }

  async recordFailure(account: string, ip: string): Promise<void> {
    const hits = [
      this.limiter.hit(accountBucket(account, ip), this.limits.failedSignIn),
      this.limiter.hit(ipBucket(ip), this.limits.failedSignInPerIp),
    ];
    // The answer to this attempt is "wrong password"; the limit applies from the next one.
    for (const result of await Promise.allSettled(hits)) {
      if (result.status === 'rejected' && !(result.reason instanceof DomainError))
        throw result.reason;
    }
  }

  /** A right password clears that account's count (the IP's count runs out with its window). */
  async clear(account: string, ip: string): Promise<void> {
    await this.limiter.reset(accountBucket(account, ip));
  }
}

const accountBucket = (account: string, ip: string) => `signin:${account}:${ip}`;
const ipBucket = (ip: string) => `signin-ip:${ip}`;
