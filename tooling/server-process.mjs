// The one way the tests, the browser tests and the benchmarks start a server as its own process:
// a port picked first (so the process is told its public URL before it listens), output kept in
// memory or in a log file, ready once an HTTP URL answers 2xx, and a stop that escalates to
// SIGKILL. Callers pass the command and the settings; this file knows no product setting.
import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { createServer } from 'node:net';

/**
 * A port the kernel just handed out on loopback, released for the child to take.
 * @returns {Promise<number>}
 */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolvePort(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

const sleep = (/** @type {number} */ ms) => new Promise((done) => setTimeout(done, ms));
const OUTPUT_KEPT = 200_000;

/**
 * Starts `node ...args` in `cwd` with exactly `env` (plus PATH and HOME), and resolves once
 * `readyUrl` answers 2xx. Output goes to `logFile` if given, otherwise it is kept in memory
 * (the last 200 kB, see output()). The process is stopped again if it does not become ready.
 * @param {{ args: string[]; env: Record<string, string>; cwd?: string; readyUrl: string;
 *   logFile?: string; timeoutMs?: number }} options
 */
export async function startNodeProcess({
  args,
  env,
  cwd = process.cwd(),
  readyUrl,
  logFile,
  timeoutMs = 60_000,
}) {
  const fd = logFile ? openSync(logFile, 'w') : null;
  const child = spawn(process.execPath, args, {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', fd ?? 'pipe', fd ?? 'pipe'],
  });
  if (fd !== null) closeSync(fd);
  let printed = '';
  const collect = (/** @type {Buffer} */ chunk) => {
    printed = (printed + chunk.toString()).slice(-OUTPUT_KEPT);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  /** @type {Promise<number | null>} */
  const exited = new Promise((done) => child.once('exit', (code) => done(code)));
  const output = () => (logFile ? `(output in ${logFile})` : printed);
  const stop = async (/** @type {NodeJS.Signals} */ signal = 'SIGTERM') => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill(signal);
      const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(force);
    }
    return exited;
  };
  try {
    await waitForHttp(readyUrl, child, timeoutMs, output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { pid: child.pid, child, output, exited, stop };
}

/**
 * @param {string} url
 * @param {import('node:child_process').ChildProcess} child
 * @param {number} timeoutMs
 * @param {() => string} output
 */
async function waitForHttp(url, child, timeoutMs, output) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`the process exited with code ${child.exitCode} at start:\n${output()}`);
    }
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms:\n${output()}`);
}
