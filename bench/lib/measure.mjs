import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { perRequest, serverCounters } from './database.mjs';
import { cpuSeconds, databasePid } from './processes.mjs';
import { runWrk } from './wrk.mjs';
import { settings } from './settings.mjs';

const SAFETY = 2;
const FIRST_GUESS_RPS = 1000;
const SPARE = 500;

/** Rows in oauth_tokens right now, so each figure records the table size it ran against. */
async function countTokens(conn) {
  if (!conn) return null;
  const [[{ rows }]] = await conn.query('SELECT COUNT(*) AS `rows` FROM oauth_tokens');
  return Number(rows);
}

/**
 * Wraps one measured wrk run with what explains its number: the server process's and the database
 * server's CPU time per request (robust when other work on the machine steals CPU; the database's
 * includes anything else it serves), the database counters per request,
 * and the machine's load average when it started.
 */
async function observed(
  { pid, conn, embedded = false, storePid = /** @type {number | null} */ (null) },
  run,
) {
  const load1 = /** @type {number} */ (loadavg()[0]); // always three figures
  // SQLite runs inside the server process: its CPU is already the server's.
  const dbPid = embedded ? null : databasePid();
  const cpuBefore = pid ? cpuSeconds(pid) : null;
  const dbCpuBefore = dbPid ? cpuSeconds(dbPid) : null;
  const storeCpuBefore = storePid ? cpuSeconds(storePid) : null;
  const before = conn ? await serverCounters(conn) : null;
  const result = await run();
  const perRequestMs = (from, to) =>
    from === null || to === null
      ? null
      : Number((((to - from) * 1000) / result.requests).toFixed(3));
  const cpuMsPerRequest = perRequestMs(cpuBefore, pid ? cpuSeconds(pid) : null);
  const dbCpuMsPerRequest = perRequestMs(dbCpuBefore, dbPid ? cpuSeconds(dbPid) : null);
  // A replay store of its own (Redis): its CPU is part of what the request costs.
  const storeCpuMsPerRequest = perRequestMs(storeCpuBefore, storePid ? cpuSeconds(storePid) : null);
  const database = conn ? perRequest(before, await serverCounters(conn), result.requests) : null;
  return {
    ...result,
    cpuMsPerRequest,
    dbCpuMsPerRequest,
    storeCpuMsPerRequest,
    totalCpuMsPerRequest: totalCpu(cpuMsPerRequest, dbCpuMsPerRequest, storeCpuMsPerRequest),
    database,
    load1: Number(load1.toFixed(2)),
  };
}

/**
 * Server plus database CPU per request, plus the replay store's when it has its own process
 * (Redis); an embedded database (SQLite) has only the server's.
 * @param {number | null} server @param {number | null} database @param {number | null} [store]
 */
function totalCpu(server, database, store = null) {
  if (server === null) return null;
  return Number((server + (database ?? 0) + (store ?? 0)).toFixed(3));
}

/** The middle value (the lower middle of an even count), or null without values. */
const middle = (values) => {
  const sorted = values.filter((v) => v !== null).sort((a, b) => a - b);
  return sorted.length === 0 ? null : sorted[Math.floor((sorted.length - 1) / 2)];
};

/**
 * The figure from several measured runs: the median run (by req/s) stands for its rate and
 * latency, the median of the runs' CPU per request (server + database) for its cost, which is
 * what the headline ratio uses: CPU time per request barely moves when other work on the
 * machine steals cores, while req/s does. Every run's rate and CPU are kept for the spread,
 * and failures of any run count.
 */
function combine(runs, warmup) {
  const sorted = [...runs].sort((a, b) => a.rps - b.rps);
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  const sum = (key) => runs.reduce((total, run) => total + (run[key] ?? 0), 0);
  return {
    ...median,
    totalCpuMsPerRequest: middle(runs.map((run) => run.totalCpuMsPerRequest)),
    cpuMsPerRequest: middle(runs.map((run) => run.cpuMsPerRequest)),
    dbCpuMsPerRequest: middle(runs.map((run) => run.dbCpuMsPerRequest)),
    storeCpuMsPerRequest: middle(runs.map((run) => run.storeCpuMsPerRequest)),
    runs: runs.map((run) => run.rps),
    cpuRuns: runs.map((run) => run.totalCpuMsPerRequest),
    non2xx: sum('non2xx'),
    socketErrors: sum('socketErrors'),
    non200: median.non200 === null ? null : sum('non200'),
    exhausted: median.exhausted === null ? null : sum('exhausted'),
    warmupRps: warmup.rps,
    wallSeconds: warmup.seconds + sum('seconds'),
  };
}

/** A warm-up run, then `settings.repeats` measured runs, of the same static request. */
export async function measureStatic(label, { url, env, conn = null, pid, embedded = false }) {
  const run = (runLabel, seconds) =>
    runWrk({ label: runLabel, url, script: 'request.lua', env, seconds });
  const warmup = await run(`${label}-warmup`, settings.warmupSeconds);
  const runs = [];
  for (let i = 1; i <= settings.repeats; i += 1) {
    const rowsAtStart = conn ? await countTokens(conn) : null;
    const measured = await observed({ pid, conn, embedded }, () =>
      run(`${label}-${i}`, settings.measuredSeconds),
    );
    runs.push({ ...measured, rowsAtStart });
  }
  return combine(runs, warmup);
}

/**
 * A figure whose every request spends one credential (refresh token, authorization code): each
 * run gets its own pool, minted just before it and sized from the last known rate (`knownRps`,
 * the warm-up's or the previous run's) with room to spare, so no credential is ever sent twice.
 * `mint(count)` stores them and returns the raw values; lua/pool.lua spends them, each in the
 * form `body` (its "{}"), or without a body in the request header `header` (a DPoP proof).
 */
export async function measurePool(
  label,
  {
    url,
    body,
    auth,
    mint,
    knownRps,
    conn = null,
    pid,
    tmpDir,
    embedded = false,
    header = '',
    storePid = /** @type {number | null} */ (null),
  },
) {
  const runWithPool = async (runLabel, seconds, rate) => {
    const count = Math.ceil(rate * seconds * SAFETY) + SPARE;
    const file = join(tmpDir, `${runLabel}.pool`);
    writeFileSync(file, (await mint(count)).join('\n') + '\n', { mode: 0o600 });
    const rowsAtStart = await countTokens(conn);
    const run = await observed({ pid, conn, embedded, storePid }, () =>
      runWrk({
        label: runLabel,
        url,
        script: 'pool.lua',
        env: {
          BENCH_POOL_FILE: file,
          BENCH_BODY: body,
          BENCH_POOL_HEADER: header,
          BENCH_AUTH: auth,
        },
        seconds,
      }),
    );
    return { ...run, rowsAtStart, poolSize: count };
  };
  let rate = knownRps ?? FIRST_GUESS_RPS;
  const warmup = await runWithPool(`${label}-warmup`, settings.warmupSeconds, rate);
  rate = nextRate(warmup, knownRps ?? 0);
  const runs = [];
  for (let i = 1; i <= settings.repeats; i += 1) {
    const run = await runWithPool(`${label}-${i}`, settings.measuredSeconds, rate);
    rate = nextRate(run, rate);
    runs.push(run);
  }
  return combine(runs, warmup);
}

/**
 * The rate to size the next pool for. A run that ran out of credentials went slower than it
 * could (each reused one is a replay, which revokes its grant), so its rate understates the
 * next run's: double it then.
 */
function nextRate(run, rate) {
  return Math.max(run.rps, rate) * (run.exhausted > 0 ? 2 : 1);
}

/** Everything that makes a run not count: wrong answers, socket errors, a reused credential. */
export function problemsOf(id, run) {
  const problems = [];
  if (run.non2xx > 0) problems.push(`${id}: ${run.non2xx} non-2xx answers`);
  if (run.non200 > 0) problems.push(`${id}: ${run.non200} answers were not 200`);
  if (run.exhausted > 0)
    problems.push(`${id}: ran out of fresh credentials ${run.exhausted} times`);
  if (run.socketErrors > 0) problems.push(`${id}: ${run.socketErrors} socket errors`);
  return problems;
}
