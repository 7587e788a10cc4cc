/**
 * A TCP proxy on loopback in front of `targetHost:targetPort`. `port` is the port it listens on
 * once started (0 before); start() after cut() listens on the same port again.
 */
export class TcpProxy {
  constructor(targetHost: string, targetPort: number);
  port: number;
  start(): Promise<void>;
  /** Holds all traffic, on open and new connections, until resume(). */
  pause(): void;
  resume(): void;
  /** Drops every connection and refuses new ones. */
  cut(): Promise<void>;
  stop(): Promise<void>;
}
