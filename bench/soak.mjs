// pnpm soak (bench/README.md, "Soak"): thirty seconds of mixed OAuth traffic against the built product on
// a fresh MariaDB database, rate limits on at their defaults. Authorize (with consent when asked),
// code exchange, refresh, replay, API calls, introspection, revocation by the client and by the
// user. Every answer is checked against what this state of the world must give; anything else,
// a network error or a 5xx is an error, 429 is counted apart. Reports the server's RSS before and
// after, writes results/soak.{json,md} and exits 1 on any error (or an error line in the server log).
//
// SOAK_SECONDS (30) the measured run, SOAK_WARMUP (3) the warm-up before it, SOAK_USERS (8) users,
// each with a confidential and a public app, one worker per app, SOAK_MAX_REQUESTS (300000) a cap
// on requests, SOAK_PACE=off lets the workers run into the rate limits instead of pacing below them
// (at the default limits the traffic stays under them anyway; RATE_LIMIT_TOKEN=300/60 with
// SOAK_PACE=off shows the 429 accounting).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBuilt } from './lib/build.mjs';
import { atCleanUp, cleanUp, startProduct } from './lib/context.mjs';
import { connect, createDatabase, dropDatabase } from './lib/database.mjs';
import { memoryOf } from './lib/processes.mjs';
import { RAW_DIR, RESULTS_DIR } from './lib/settings.mjs';
import { setUpUser, Worker } from './lib/soak/model.mjs';
import {
  SECONDS,
  WARMUP_SECONDS,
  USERS,
  MAX_REQUESTS,
  PACED,
  PAUSE_MS,
  LIMIT_ENV,
  log,
  sleep,
  Stats,
  scanLog,
  rowCounts,
} from './lib/soak/plumbing.mjs';
import { assemble, toMarkdown } from './lib/soak/report.mjs';

async function traffic(workers, seconds) {
  const stats = new Stats();
  const deadline = Date.now() + seconds * 1000;
  const perWorker = Math.ceil(MAX_REQUESTS / workers.length);
  const t0 = performance.now();
  await Promise.all(workers.map((w) => w.run(stats, deadline, w.requests + perWorker)));
  return { stats, seconds: (performance.now() - t0) / 1000 };
}

async function main() {
  ensureBuilt();
  mkdirSync(RAW_DIR, { recursive: true });
  const db = await createDatabase();
  atCleanUp(() => dropDatabase(db.name));
  const logFile = join(RAW_DIR, 'soak-server.log');
  const { baseUrl, product } = await startProduct(db.name, undefined, {
    env: { RATE_LIMITS: 'on', LOG_LEVEL: 'warn', ...LIMIT_ENV },
    logFile,
  });
  atCleanUp(() => product.stop());
  const conn = await connect(db.name);
  atCleanUp(() => conn.end());
  log(`product (pid ${product.pid}) on ${baseUrl}, database ${db.name}, rate limits on`);

  const pairs = (
    await Promise.all(Array.from({ length: USERS }, (_, i) => setUpUser(baseUrl, i + 1)))
  ).flat();
  const workers = pairs.map((pair) => new Worker(baseUrl, pair));
  log(`${USERS} users, ${workers.length} apps (half public with PKCE), one worker each`);

  const warmup = await traffic(workers, WARMUP_SECONDS);
  log(`warm-up: ${warmup.stats.totals.requests} requests, ${warmup.stats.totals.errors} errors`);
  await sleep(PAUSE_MS);
  const before = memoryOf(product.pid);
  const rowsBefore = await rowCounts(conn);

  const samples = [];
  const sampler = setInterval(() => {
    const m = memoryOf(product.pid);
    if (m) samples.push(m.rssBytes);
  }, 500);
  log(`soak: ${SECONDS} s of mixed traffic${PACED ? '' : ' (unpaced)'}`);
  const soak = await traffic(workers, SECONDS);
  clearInterval(sampler);
  await sleep(PAUSE_MS);
  const after = memoryOf(product.pid);
  const rowsAfter = await rowCounts(conn);

  await product.stop();
  const serverLog = scanLog(logFile);
  await cleanUp();
  return assemble({ db, warmup, soak, before, after, samples, rowsBefore, rowsAfter, serverLog });
}

try {
  const result = await main();
  mkdirSync(RESULTS_DIR, { recursive: true });
  const markdown = toMarkdown(result);
  writeFileSync(join(RESULTS_DIR, 'soak.json'), JSON.stringify(result, null, 2) + '\n');
  writeFileSync(join(RESULTS_DIR, 'soak.md'), markdown);
  console.log(`\n${markdown}`);
  console.log(`Written to bench/results/soak.{json,md} in ${result.wallSeconds.toFixed(0)} s.`);
  if (!result.passed) {
    console.error(
      `SOAK FAILED: ${result.errors} errors, ${result.serverLog.error} server log error lines`,
    );
  }
  process.exitCode = result.passed ? 0 : 1;
} catch (/** @type {any} */ error) {
  console.error(`soak failed: ${error.stack ?? error}`);
  await cleanUp();
  process.exitCode = 1;
}
