import type { RateLimitRule } from '../config/load-config.js';
import { tooManyRequests } from '../errors/domain-error.js';
import { LocalTurns } from './local-turns.js';
import type { LimitState, RateLimitStore } from './rate-limit-store.js';

/** How long a guarded check may wait for its turn and its slot before it is refused. */
const TURN_WAIT_MS = 5000;
/** How often, and from how long, a refused check waits for a slot while none ends here. */
const QUIET_WAITS = 3;
const FIRST_QUIET_WAIT_MS = 25;

/** Fixed-window rate limits over a shared store (the database by default, Redis with REDIS_URL). */
export class RateLimiter {
  private readonly turns = new LocalTurns();

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
    const refused = await this.takeSlot(bucket, rule);
    if (refused) throwIfOver(refused, true, Date.now());
  }

  /**
   * A secret check under its guess limit for a caller that sends many at once, a client
   * authenticating each token request: `reserve`, then `check`, then the slot back if the check
   * passed. True when it passed. A right answer in progress still holds its slot, so checks in
   * flight beyond the limit would be refused by the caller's own right answers:
   * - in this process at most `rule.max` checks of a bucket run at once, the rest wait their
   *   turn (local-turns.ts);
   * - a check refused while others still hold slots (here, or on another instance) asks again
   *   when one of this process's ends, or after a short wait, a few times.
   * A wrong guess keeps its slot, so of N guesses at once at most `rule.max` are still checked,
   * however they wait. Past `TURN_WAIT_MS` it is refused as `reserve` refuses.
   */
  async guarded(bucket: string, rule: RateLimitRule, check: () => boolean): Promise<boolean> {
    if (!this.enabled) return check();
    const deadline = Date.now() + TURN_WAIT_MS;
    if (!(await this.turns.take(bucket, rule.max, deadline))) throw tooManyRequests(1);
    let freedSlot = false;
    try {
      await this.slotBefore(bucket, rule, deadline);
      if (!check()) return false;
      await this.store.decrement(bucket, Date.now());
      freedSlot = true;
      return true;
    } finally {
      this.turns.leave(bucket, freedSlot);
    }
  }

  /**
   * A slot for a guarded check. Refused, it waits for one to come free: it asks again as soon as
   * another check of the bucket gives its slot back in this process; with none (the slots are
   * held on another instance, or used up by wrong guesses), after 25, 50 and 100 ms, reading the
   * count first, so a bucket full of wrong guesses costs reads, not writes.
   */
  private async slotBefore(bucket: string, rule: RateLimitRule, deadline: number): Promise<void> {
    let quietWaits = 0;
    for (;;) {
      const refused = await this.takeSlot(bucket, rule);
      if (!refused) return;
      for (;;) {
        const now = Date.now();
        if (quietWaits === QUIET_WAITS || now >= deadline) throwIfOver(refused, true, now);
        const wait = Math.min(FIRST_QUIET_WAIT_MS * 2 ** quietWaits, deadline - now);
        if (await this.turns.freed(bucket, wait)) break;
        quietWaits += 1;
        const state = await this.store.read(bucket, Date.now());
        if (!state || state.hits < rule.max) break;
      }
    }
  }

  /** One slot, or the count that refused it (its hit already taken back). */
  private async takeSlot(bucket: string, rule: RateLimitRule): Promise<LimitState | null> {
    const now = Date.now();
    const state = await this.store.increment(bucket, rule.windowSeconds * 1000, now, rule.max);
    if (state.hits <= rule.max) return null;
    await this.store.decrement(bucket, now);
    return state;
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
