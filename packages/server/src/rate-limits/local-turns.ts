/** How many checks may wait per turn of the limit before more are refused without waiting. */
const QUEUED_PER_TURN = 50;

type Bucket = {
  /** Checks of this bucket that hold a turn in this process now. */
  inFlight: number;
  /** Checks waiting for a turn, first come first served. */
  queue: Array<() => void>;
  /** Checks waiting for a slot to come free (`freed`), first come first served. */
  listeners: Array<() => void>;
};

/**
 * This process's secret checks, per guess-limit bucket: at most `max` at once, the rest wait their
 * turn in order. A check holds its slot in the shared count from its increment until its answer,
 * so a caller with more checks in flight than the limit would be refused by its own right
 * answers still in progress; waiting here keeps this process's share of the count within the
 * limit. Nothing here is shared between instances: the count itself is (rate-limiter.ts).
 */
export class LocalTurns {
  private readonly buckets = new Map<string, Bucket>();

  /**
   * True once this check holds a turn; false if `deadline` (epoch ms) came first, or at once when
   * `QUEUED_PER_TURN` times `max` checks already wait: a flood of guesses is refused, not held.
   */
  take(bucket: string, max: number, deadline: number): Promise<boolean> {
    const state = this.state(bucket);
    if (state.inFlight < max) {
      state.inFlight += 1;
      return Promise.resolve(true);
    }
    if (state.queue.length >= max * QUEUED_PER_TURN) return Promise.resolve(false);
    return this.waitIn(bucket, state, state.queue, deadline - Date.now());
  }

  /**
   * Ends a turn: the next waiter takes the turn over. A check that gave its slot back
   * (`freedSlot`: a right answer) lets the first check waiting for a slot try again; it freed one
   * slot, so one is woken. A wrong guess keeps its slot and a refused check had none: they wake
   * nobody, who would only be refused again.
   */
  leave(bucket: string, freedSlot: boolean): void {
    const state = this.buckets.get(bucket);
    if (!state) return;
    const next = state.queue.shift();
    if (next) next();
    else state.inFlight -= 1;
    if (freedSlot) state.listeners.shift()?.();
    this.forgetIfIdle(bucket, state);
  }

  /** True when a check of the bucket freed its slot here (see `leave`), false after `ms`. */
  freed(bucket: string, ms: number): Promise<boolean> {
    const state = this.state(bucket);
    return this.waitIn(bucket, state, state.listeners, ms);
  }

  /**
   * Waits in `list` until `leave` calls this entry (true) or `ms` pass (false; the entry leaves
   * the list). A turn handed over by `leave` is already counted as in flight.
   */
  private waitIn(
    bucket: string,
    state: Bucket,
    list: Array<() => void>,
    ms: number,
  ): Promise<boolean> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        remove(list, wake);
        this.forgetIfIdle(bucket, state);
        resolve(false);
      }, ms);
      const wake = () => {
        clearTimeout(timer);
        resolve(true);
      };
      list.push(wake);
    });
  }

  private state(bucket: string): Bucket {
    let state = this.buckets.get(bucket);
    if (!state) {
      state = { inFlight: 0, queue: [], listeners: [] };
      this.buckets.set(bucket, state);
    }
    return state;
  }

  private forgetIfIdle(bucket: string, state: Bucket): void {
    if (state.inFlight === 0 && state.queue.length === 0 && state.listeners.length === 0)
      this.buckets.delete(bucket);
  }
}

function remove<T>(list: T[], item: T): void {
  const at = list.indexOf(item);
  if (at !== -1) list.splice(at, 1);
}
