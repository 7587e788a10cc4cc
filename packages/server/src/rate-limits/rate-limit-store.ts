export type LimitState = { hits: number; resetAt: number };

/** Where fixed-window counters live; every server instance must see the same counts. */
export interface RateLimitStore {
  /**
   * Counts one hit in the bucket's current window (opening a new one if it ended) and returns
   * the count this very hit made: two hits at once never see the same count. `resetAt` is the
   * window's end when the count is over `max` (a refusal's Retry-After); below it, a store that
   * would need another round trip to learn it may answer `now + windowMs` instead.
   */
  increment(bucket: string, windowMs: number, now: number, max: number): Promise<LimitState>;
  /** Takes one hit back from the bucket's live window (a reserved guess that was right). */
  decrement(bucket: string, now: number): Promise<void>;
  /** The bucket's live window, or null when it has none. */
  read(bucket: string, now: number): Promise<LimitState | null>;
  delete(bucket: string): Promise<void>;
  close(): Promise<void>;
}
