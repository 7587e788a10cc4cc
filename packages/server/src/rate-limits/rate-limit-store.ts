export type LimitState = { hits: number; resetAt: number };

/** Where fixed-window counters live; every server instance must see the same counts. */
export interface RateLimitStore {
  /** Counts one hit in the bucket's current window (opening a new one if it ended). */
  increment(bucket: string, windowMs: number, now: number): Promise<LimitState>;
  /** The bucket's live window, or null when it has none. */
  read(bucket: string, now: number): Promise<LimitState | null>;
  delete(bucket: string): Promise<void>;
  close(): Promise<void>;
}
