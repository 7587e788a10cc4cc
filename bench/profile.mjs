// node bench/profile.mjs R1|R1D|R1D-redis|R2|R3|R4 — one figure against the product running under --cpu-prof,
// then the profile's self time by package and by function (written to results/profiles/<id>.txt,
// the raw profile to results/raw/profile-<id>/).
// BENCH_LEVELS' first value sets the stored tokens (default 10^4); durations as for pnpm bench.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanUp, openBench, openRedisFigure, REDIS_URL } from './lib/context.mjs';
import { measurePool, measureStatic } from './lib/measure.mjs';
import { summarizeProfile } from './lib/profile.mjs';
import { fillTokens } from './lib/filler.mjs';
import { RAW_DIR, RESULTS_DIR, settings } from './lib/settings.mjs';

const PROFILES_DIR = join(RESULTS_DIR, 'profiles');

const id = process.argv[2] ?? '';
const FIGURES = ['R1', 'R1D', 'R1D-redis', 'R2', 'R3', 'R4'];
if (!FIGURES.includes(id)) {
  console.error(`usage: node bench/profile.mjs ${FIGURES.join('|')}`);
  process.exit(2);
}
/**
 * What the profiled runs cost (the profiler adds to the server's share), and what the database
 * did per request: the counters say where a figure's database time goes.
 */
function costLine(run) {
  const db = run.database ?? {};
  const store = run.storeCpuMsPerRequest === null ? '' : ` + Redis ${run.storeCpuMsPerRequest}`;
  return (
    `CPU ms per request (median of ${run.cpuRuns.length} runs, under the profiler): server ` +
    `${run.cpuMsPerRequest} + DB ${run.dbCpuMsPerRequest}${store} = ${run.totalCpuMsPerRequest} ` +
    `(runs ${run.cpuRuns.join(', ')}); per request: ${db.selects} SELECT, ${db.inserts} INSERT, ` +
    `${db.commits} COMMIT, ${db.fsyncs} fsync; load ${run.load1}`
  );
}

const profileDir = join(RAW_DIR, `profile-${id}`);
rmSync(profileDir, { recursive: true, force: true });
mkdirSync(profileDir, { recursive: true });
try {
  // R1D-redis profiles the second instance, the one that keeps jti in Redis.
  const redis = id === 'R1D-redis';
  const bench = await openBench({ profileDir: redis ? undefined : profileDir });
  const figure = redis ? await openRedisFigure(bench, profileDir) : null;
  if (redis && !figure) throw new Error(`no redis-server listens at ${REDIS_URL}`);
  await fillTokens(bench.conns, { target: settings.levels[0] });
  await (figure ? figure.check() : bench.checks[id]());
  const spec = {
    ...(figure ? figure.spec : bench.specs[id]),
    conn: bench.conn,
    tmpDir: bench.tmpDir,
    knownRps: null,
  };
  const run =
    id === 'R1' || id === 'R2' ? await measureStatic(id, spec) : await measurePool(id, spec);
  await (figure ?? bench).product.stop();
  await cleanUp();
  const summary = [
    `${id}: ${run.rps.toFixed(0)} req/s, p50 ${run.p50Ms} ms, p99 ${run.p99Ms} ms, non-2xx ${run.non2xx}`,
    costLine(run),
    ...summarizeProfile(profileDir, {
      lastSeconds: settings.measuredSeconds * settings.repeats,
    }),
  ];
  writeFileSync(join(profileDir, 'summary.txt'), summary.join('\n') + '\n');
  // The summary is kept with the results (the raw profile stays in raw/, untracked).
  mkdirSync(PROFILES_DIR, { recursive: true });
  writeFileSync(
    join(PROFILES_DIR, `${id}.txt`),
    [`${new Date().toISOString()} · ${settings.cores} cores`, ...summary].join('\n') + '\n',
  );
  console.log(summary.join('\n'));
} catch (/** @type {any} */ error) {
  console.error(`profile failed: ${error.stack ?? error}`);
  await cleanUp();
  process.exitCode = 1;
}
