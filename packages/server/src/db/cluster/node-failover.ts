import type mysql from 'mysql2/promise';
import type { DataSource } from 'typeorm';
import type { DatabaseHost, MysqlTarget } from './database-hosts.js';
import { connectTo, firstReadyNode, readsReady } from './node-probe.js';
import { usePool } from './node-pool.js';

const CHECK_EVERY_MS = 1_000;

export type NodeFailoverOptions = {
  causalReads: boolean;
  /** Told when the instance moved to another node (for the log). */
  onNodeChange?: (node: DatabaseHost) => void;
};

/**
 * Keeps an instance on a live node of a host list. A connection of its own to the current node
 * notices at once when the node goes away (its socket closes), and asks every second whether
 * the node is still in the primary component. Then the first ready node of the list takes over.
 * The instance stays on a node while it serves, so it does not move back and forth.
 */
export class NodeFailover {
  private watch: mysql.Connection | undefined;
  private timer: NodeJS.Timeout | undefined;
  private moving: Promise<void> | undefined;
  private stopped = false;

  constructor(
    private readonly db: DataSource,
    private readonly target: MysqlTarget,
    private current: DatabaseHost,
    private readonly options: NodeFailoverOptions,
  ) {}

  async start(): Promise<void> {
    await this.watchCurrent();
    // Not awaited: a timer cannot wait; check() never rejects (move() catches its failures).
    this.timer = setInterval(() => void this.check(), CHECK_EVERY_MS);
    this.timer.unref();
  }

  stop(): void {
    this.stopped = true;
    clearInterval(this.timer);
    this.dropWatch();
  }

  private async check(): Promise<void> {
    if (this.moving || this.stopped) return;
    const ready = this.watch ? await readsReady(this.watch).catch(() => false) : false;
    if (!ready) await this.move();
  }

  /** One move at a time: the socket's close and the timer may both ask for it. */
  private move(): Promise<void> {
    // A node lost again during the move leaves the pool as it was; the next check tries again.
    this.moving ??= this.moveToReadyNode()
      .catch(() => undefined)
      .finally(() => (this.moving = undefined));
    return this.moving;
  }

  private async moveToReadyNode(): Promise<void> {
    this.dropWatch();
    const node = await firstReadyNode(this.target);
    // None ready: queries keep failing fast (503) and the next check tries again.
    if (!node || this.stopped) return;
    if (node.host !== this.current.host || node.port !== this.current.port) {
      await usePool(this.db, node, this.options.causalReads);
      this.current = node;
      this.options.onNodeChange?.(node);
    }
    await this.watchCurrent().catch(() => undefined);
  }

  /** Forgotten before it is closed, so its closing is not taken for a lost node. */
  private dropWatch(): void {
    const watch = this.watch;
    this.watch = undefined;
    watch?.destroy();
  }

  private async watchCurrent(): Promise<void> {
    const watch = await connectTo(this.target, this.current);
    const lost = () => {
      if (this.watch !== watch) return;
      this.watch = undefined;
      // Not awaited: a socket event cannot wait; move() catches its own failures.
      if (!this.stopped) void this.move();
    };
    watch.on('error', lost);
    watch.on('end', lost);
    this.watch = watch;
  }
}
