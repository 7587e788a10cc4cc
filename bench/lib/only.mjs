// BENCH_ONLY=R1,R1D,...: F and just the figures named, at the first level, without growth, SPA,
// SQLite or list pages; a table on stdout and the runs in raw/only.json (never latest.*).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanUp, openBench, openRedisFigure, REDIS_URL, withFloor } from './context.mjs';
import { fillTokens } from './filler.mjs';
import { FIGURE_FLOORS, measureFigureFloors } from './figure-floors.mjs';
import { measurePool, measureStatic, problemsOf } from './measure.mjs';
import { RAW_DIR, settings } from './settings.mjs';

export const ONLY_FIGURES = ['R1', 'R1D', 'R1D-redis', 'R2', 'R3', 'R4', ...FIGURE_FLOORS];

/** The figures BENCH_ONLY names, or null when it is unset; an unknown name is an error. */
export function onlyFigures() {
  const value = process.env.BENCH_ONLY;
  if (value === undefined || value === '') return null;
  const ids = value.split(',').map((id) => id.trim());
  const unknown = ids.filter((id) => !ONLY_FIGURES.includes(id));
  if (unknown.length > 0)
    throw new Error(
      `BENCH_ONLY: unknown ${unknown.join(', ')} (known: ${ONLY_FIGURES.join(', ')})`,
    );
  return ids;
}

const STATIC = new Set(['R1', 'R2']);

/** @param {string[]} ids @param {(message: string) => void} log */
export async function runOnly(ids, log) {
  const bench = await openBench();
  await fillTokens(bench.conns, { target: settings.levels[0] });
  const floor = (label) =>
    withFloor(bench.db.name, bench.flow.userId, (url, pid) =>
      measureStatic(label, { url, env: {}, conn: bench.conn, pid }),
    );
  const runs = { 'F-start': await floor('F-start') };
  let knownRps = null;
  for (const id of ids.filter((name) => !FIGURE_FLOORS.includes(name))) {
    const redis = id === 'R1D-redis' ? await openRedisFigure(bench) : null;
    if (id === 'R1D-redis' && !redis) throw new Error(`no redis-server listens at ${REDIS_URL}`);
    await (redis ? redis.check() : bench.checks[id]());
    const spec = { ...(redis ? redis.spec : bench.specs[id]), conn: bench.conn };
    runs[id] = STATIC.has(id)
      ? await measureStatic(id, spec)
      : await measurePool(id, { ...spec, tmpDir: bench.tmpDir, knownRps });
    if (id === 'R1') knownRps = runs[id].rps;
    if (redis) await redis.product.stop();
    log(`${id} ${runs[id].rps.toFixed(0)} req/s`);
  }
  // The floors named, together on one floor process of their own (figure-floors.mjs).
  const floors = FIGURE_FLOORS.filter((id) => ids.includes(id));
  if (floors.length > 0) {
    Object.assign(runs, await measureFigureFloors(bench, floors, runs.R3?.rps ?? null));
    log(floors.map((id) => `${id} ${runs[id].rps.toFixed(0)} req/s`).join(', '));
  }
  runs['F-end'] = await floor('F-end');
  await cleanUp();
  const floorCpu = (runs['F-start'].totalCpuMsPerRequest + runs['F-end'].totalCpuMsPerRequest) / 2;
  const lines = [
    '| run | CPU ms (server + DB [+ Redis]) | runs | ratio to F | req/s | SQL / fsync per req | load |',
    '| --- | --- | --- | ---: | ---: | --- | ---: |',
    ...Object.entries(runs).map(([id, run]) => {
      const db = run.database ?? {};
      const sql =
        (db.selects ?? 0) + (db.inserts ?? 0) + (db.insertSelects ?? 0) + (db.updates ?? 0);
      const store = run.storeCpuMsPerRequest === null ? '' : ` + ${run.storeCpuMsPerRequest}`;
      return (
        `| ${id} | ${run.totalCpuMsPerRequest} (${run.cpuMsPerRequest} + ${run.dbCpuMsPerRequest}${store}) ` +
        `| ${run.cpuRuns.join(', ')} | ${(floorCpu / run.totalCpuMsPerRequest).toFixed(2)} ` +
        `| ${run.rps.toFixed(0)} | ${sql.toFixed(1)} / ${db.fsyncs} | ${run.load1} |`
      );
    }),
  ];
  const problems = Object.entries(runs).flatMap(([id, run]) => problemsOf(id, run));
  writeFileSync(
    join(RAW_DIR, 'only.json'),
    JSON.stringify({ date: new Date().toISOString(), settings, runs, problems }, null, 2),
  );
  return { lines, problems };
}
