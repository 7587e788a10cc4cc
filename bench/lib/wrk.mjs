import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RAW_DIR, ROOT, settings } from './settings.mjs';

const LUA_DIR = join(ROOT, 'bench/lua');

/** wrk from Debian: a C load generator that does not compete for CPU the way a Node one does. */
export function ensureWrk() {
  if (spawnSync('wrk', ['--version']).error === undefined) return;
  console.log('wrk is missing: installing it with apt-get');
  execFileSync('apt-get', ['update'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', 'wrk'], { stdio: 'inherit' });
}

const UNIT_MS = { us: 0.001, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

function toMs(text) {
  const match = /^([\d.]+)(us|ms|s|m|h)$/.exec(text);
  if (!match) throw new Error(`unreadable wrk duration ${text}`);
  return Number(match[1]) * UNIT_MS[match[2]];
}

/** Reads wrk's text report (with --latency) and our Lua scripts' `bench:` line. */
export function parseWrk(output) {
  const find = (regex) => regex.exec(output);
  const rps = find(/^Requests\/sec:\s+([\d.]+)/m);
  const total = find(/^\s*(\d+) requests in ([\d.]+\w+),/m);
  if (!rps || !total) throw new Error(`wrk printed no summary:\n${output}`);
  const percentile = (p) => {
    const line = find(new RegExp(`^\\s+${p}%\\s+([\\d.]+\\w+)`, 'm'));
    return line ? toMs(line[1]) : null;
  };
  const socket = find(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/);
  const lua = find(/^bench: non200=(\d+) exhausted=(\d+)/m);
  return {
    rps: Number(rps[1]),
    requests: Number(total[1]),
    seconds: toMs(total[2]) / 1000,
    p50Ms: percentile(50),
    p99Ms: percentile(99),
    non2xx: Number(find(/Non-2xx or 3xx responses: (\d+)/)?.[1] ?? 0),
    socketErrors: socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0,
    non200: lua ? Number(lua[1]) : null,
    exhausted: lua ? Number(lua[2]) : null,
  };
}

function wrk(args, env) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn('wrk', args, { env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolvePromise(output) : reject(new Error(`wrk exited ${code}:\n${output}`)),
    );
  });
}

/**
 * One wrk run: keep-alive connections, no pipelining, latency distribution. `script` names a
 * file in bench/lua; `env` carries what the script reads (credentials never go on the command
 * line). The text report is kept in results/raw/. `threads` and `connections` default to the
 * settings' (a run split over several instances gives each its share).
 */
export async function runWrk({
  label,
  url,
  script,
  env = {},
  seconds,
  threads = settings.threads,
  connections = settings.connections,
}) {
  const args = [
    `-t${threads}`,
    `-c${connections}`,
    `-d${seconds}s`,
    '--latency',
    '--timeout',
    '5s',
    '-s',
    join(LUA_DIR, script),
    url,
  ];
  const output = await wrk(args, { BENCH_THREADS: String(threads), ...env });
  writeFileSync(join(RAW_DIR, `wrk-${label}.txt`), output);
  return parseWrk(output);
}
