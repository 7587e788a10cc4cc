import type { Config } from '../../config/load-config.js';
import type { RateLimiter } from '../../rate-limits/rate-limiter.js';

/** Who is typing a user code: a signed-in session (its cookie's hash), and always an IP. */
export type CodeTypist = { sessionKey: string | null; ip: string };

/**
 * RFC 8628 §5.1: a user code is short enough to guess, so wrong ones are limited per session
 * and per IP. Only misses count; a limited typist is refused before the code is looked up.
 */
export class WrongUserCodes {
  constructor(
    private readonly limiter: RateLimiter,
    private readonly limits: Config['rateLimits'],
  ) {}

  async refuseIfLimited(who: CodeTypist): Promise<void> {
    for (const [bucket, rule] of this.buckets(who)) await this.limiter.check(bucket, rule);
  }

  async count(who: CodeTypist): Promise<void> {
    for (const [bucket, rule] of this.buckets(who)) await this.limiter.hit(bucket, rule);
  }

  private buckets(who: CodeTypist) {
    return [
      ...(who.sessionKey === null
        ? []
        : [[`user-code:${who.sessionKey}`, this.limits.wrongUserCodes] as const]),
      [`user-code-ip:${who.ip}`, this.limits.wrongUserCodesPerIp] as const,
    ];
  }
}
