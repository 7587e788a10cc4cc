// A TCP proxy in front of the database, so a test can cut the server's connection and bring it
// back, or hold its traffic for a while, without touching a database server that other test
// runs share. Used by the server tests and the browser tests alike.
import { createConnection, createServer } from 'node:net';

/** @typedef {[client: import('node:net').Socket, upstream: import('node:net').Socket]} Pair */

export class TcpProxy {
  /** @type {import('node:net').Server | null} */
  #server = null;
  /**
   * Each accepted connection with its upstream: [client, upstream].
   * @type {Set<Pair>}
   */
  #pairs = new Set();
  #paused = false;
  port = 0;

  /**
   * @param {string} targetHost
   * @param {number} targetPort
   */
  constructor(targetHost, targetPort) {
    this.targetHost = targetHost;
    this.targetPort = targetPort;
  }

  async start() {
    if (this.#server) return;
    this.#server = createServer((client) => {
      const upstream = createConnection(this.targetPort, this.targetHost);
      /** @type {Pair} */
      const pair = [client, upstream];
      this.#pairs.add(pair);
      for (const socket of pair) socket.on('error', () => socket.destroy());
      client.on('close', () => {
        this.#pairs.delete(pair);
        upstream.destroy();
      });
      upstream.on('close', () => client.destroy());
      if (this.#paused) hold(pair);
      else forward(pair);
    });
    const server = this.#server;
    await new Promise((resolve) => server.listen(this.port, '127.0.0.1', () => resolve(undefined)));
    const address = server.address();
    if (address && typeof address === 'object') this.port = address.port;
  }

  /**
   * Holds every byte in both directions, on open connections and on new ones, until resume():
   * a database that is slow to answer. Connections stay open; nothing is lost.
   */
  pause() {
    if (this.#paused) return;
    this.#paused = true;
    for (const pair of this.#pairs) hold(pair);
  }

  /** Forwards what was held, and everything after it. */
  resume() {
    if (!this.#paused) return;
    this.#paused = false;
    for (const pair of this.#pairs) forward(pair);
  }

  /** Drops every connection and refuses new ones, as a database that went away. */
  async cut() {
    for (const pair of this.#pairs) for (const socket of pair) socket.destroy();
    await new Promise((resolve) =>
      this.#server ? this.#server.close(() => resolve(undefined)) : resolve(undefined),
    );
    this.#server = null;
  }

  async stop() {
    this.resume();
    await this.cut();
  }
}

/** @param {Pair} pair */
function forward([client, upstream]) {
  client.pipe(upstream);
  upstream.pipe(client);
}

/**
 * Unpiped and paused, a socket keeps what arrives in its buffer (then in the kernel's).
 * @param {Pair} pair
 */
function hold([client, upstream]) {
  client.unpipe(upstream);
  upstream.unpipe(client);
  client.pause();
  upstream.pause();
}
