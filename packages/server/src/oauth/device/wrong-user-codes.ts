import type { Config } from '../../config/load-config.js';
import type { RateLimiter } from '../../rate-limits/rate-limiter.js';

/** Who is typing a user code: a signed-in session (its cookie's hash), and always an IP. */
export type CodeTypist = { sessionKey: string | null; ip: string };

/**
 * RFC 8628 §5.1: a user code is short enough to guess, so wrong ones are limited per session
 * and per IP. Every look-up takes a slot first (atomically, so parallel guesses cannot outrun
 * the count); a code that is found gives its slots back, so only misses count.
 */
export class WrongUserCodes {
  constructor(
    private readonly limiter: RateLimiter,
    private readonly limits: Config['rateLimits'],
  ) {}

  /** Takes a slot in each bucket, or refuses with TOO_MANY_REQUESTS before any look-up. */
  async reserve(who: CodeTypist): Promise<void> {
    const taken: string[] = [];
    try {
      for (const [bucket, rule] of this.buckets(who)) {
        await this.limiter.reserve(bucket, rule);
        taken.push(bucket);
      }
    } catch (error) {
      // Refused: nothing is looked up, so the slots already taken are not used.
      await this.release(taken);
      throw error;
    }
  }

  /** The code was right: its look-up does not count as a guess. */
  async found(who: CodeTypist): Promise<void> {
    await this.release(this.buckets(who).map(([bucket]) => bucket));
  }

  private async release(buckets: string[]): Promise<void> {
    for (const bucket of buckets) await this.limiter.release(bucket);
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
