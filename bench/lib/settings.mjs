import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where things are: the repository root, the build outputs and the results folder.
 * BENCH_SERVER_MAIN starts another build of the product (e.g. an older commit's
 * packages/server/dist/main.js in a second worktree) with this bench code, for an A/B comparison;
 * mysql2, the floor and the test kit still come from this checkout. The product migrates the fresh
 * database itself. A build older than a figure's feature cannot run that figure: with BENCH_ONLY
 * naming no R1D figure, openBench binds no DPoP token, so a build from before DPoP runs the rest.
 */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SERVER_DIR = join(ROOT, 'packages/server');
export const SERVER_MAIN = process.env.BENCH_SERVER_MAIN
  ? resolve(process.env.BENCH_SERVER_MAIN)
  : join(SERVER_DIR, 'dist/main.js');
export const WEB_DIST = join(ROOT, 'packages/web/dist');
export const RESULTS_DIR = join(ROOT, 'bench/results');
export const RAW_DIR = join(RESULTS_DIR, 'raw');

const number = (name, fallback) => {
  const value = process.env[name];
  return value === undefined || value === '' ? fallback : Number(value);
};

const quick = process.env.BENCH_QUICK === '1';
const levels = (process.env.BENCH_LEVELS ?? (quick ? '1e4,1e5' : '1e4,1e5,1e6'))
  .split(',')
  .map((level) => Math.round(Number(level)));

/**
 * Every knob of a run. BENCH_QUICK=1 shortens the runs and skips the 10^6 level (its results go to
 * raw/, never to latest.*); BENCH_WARMUP, BENCH_DURATION (seconds per measured run),
 * BENCH_REPEATS (measured runs per figure, the median counts), BENCH_THREADS,
 * BENCH_CONNECTIONS and BENCH_LEVELS override single values; BENCH_PROFILE=1 runs the product
 * under --cpu-prof; BENCH_PRODUCT_ENV (a JSON object) adds to the product's environment;
 * BENCH_SQLITE=0 skips the figures on SQLite; BENCH_RATE_LIMITS=on runs the
 * product with its rate limits counted in the database, as it runs by default, with limits
 * raised so that none refuses: the figures then include the counters' statements.
 */
export const settings = {
  quick,
  warmupSeconds: number('BENCH_WARMUP', quick ? 1 : 3),
  measuredSeconds: number('BENCH_DURATION', quick ? 3 : 6),
  // At least two measured runs even when quick: a single run shows no spread.
  repeats: Math.max(2, number('BENCH_REPEATS', quick ? 2 : 3)),
  threads: number('BENCH_THREADS', 2),
  connections: number('BENCH_CONNECTIONS', 32),
  levels,
  profile: process.env.BENCH_PROFILE === '1',
  sqlite: process.env.BENCH_SQLITE !== '0',
  rateLimits: process.env.BENCH_RATE_LIMITS === 'on',
  /** @type {Record<string, string>} */
  productEnv: JSON.parse(process.env.BENCH_PRODUCT_ENV || '{}'),
  cores: availableParallelism(),
  scope: 'read',
  redirectUri: 'http://127.0.0.1:9/cb',
};

/**
 * The targets in bench/README.md ("The figures"): ratios to the floor (F's CPU per request over
 * the figure's, server + database), the most CPU per request may grow from the first level to
 * the last, and the SPA's first-load JS.
 */
export const TARGETS = {
  R1: 0.8,
  // R1 with DPoP, a fresh proof each.
  R1D: 0.6,
  R2: 0.6,
  R3: 0.4,
  R4: 0.25,
  // The figures' floors: what R1's to R4's statements cost alone (lib/floor-routes.mjs).
  F1: null,
  F2: null,
  F3: null,
  // R3's statements in one INSERT … SELECT, and in one multi-statement round trip.
  F3S: null,
  F3M: null,
  F4: null,
  growth: 1.1,
  // First-load JS as the product sends it to a browser accepting brotli and gzip.
  spaWireBytes: 150 * 1024,
};
