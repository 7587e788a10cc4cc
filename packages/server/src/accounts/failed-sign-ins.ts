import type { Config } from '../config/load-config.js';
import type { RateLimiter } from '../rate-limits/rate-limiter.js';

/**
 * Password checks (sign-in and sudo confirmation) are limited per account and IP, and per IP
 * across accounts, so neither guessing one password nor spraying many accounts from one
 * address goes unchecked. Each check takes its slot in both buckets before the password is
 * compared, so parallel guesses cannot all pass a count that has not caught up yet.
 */
export class FailedSignIns {
  constructor(
    private readonly limiter: RateLimiter,
    private readonly limits: Config['rateLimits'],
  ) {}

  /** Takes a slot in both buckets, or refuses with TOO_MANY_REQUESTS (nothing is checked). */
  async reserve(account: string, ip: string): Promise<void> {
    await this.limiter.reserve(accountBucket(account, ip), this.limits.failedSignIn);
    try {
      await this.limiter.reserve(ipBucket(ip), this.limits.failedSignInPerIp);
    } catch (error) {
      // This attempt checks nothing, so its account slot is not used up.
      await this.limiter.release(accountBucket(account, ip));
      throw error;
    }
  }

  /**
   * A right password clears that account's count and gives the IP's slot back, so only
   * failures count (the IP's earlier failures run out with its window).
   */
  async succeeded(account: string, ip: string): Promise<void> {
    await this.limiter.reset(accountBucket(account, ip));
    await this.limiter.release(ipBucket(ip));
  }
}

const accountBucket = (account: string, ip: string) => `signin:${account}:${ip}`;
const ipBucket = (ip: string) => `signin-ip:${ip}`;
