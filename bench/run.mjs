// pnpm bench: the bearer check and the grants against the floor F, and how their cost grows with
// stored tokens (bench/README.md). MariaDB at 127.0.0.1:3306, a fresh database, the product from its build.
// BENCH_ONLY=R1,R1D (any of R1, R1D, R1D-redis, R2, R3, R4, F1–F4) runs F and those figures alone.
import { cpus, release, type } from 'node:os';
import { join } from 'node:path';
import { cleanUp, openBench, withFloor } from './lib/context.mjs';
import { settle, tokenTableStats } from './lib/database.mjs';
import { explainBearerCheck } from './lib/explain.mjs';
import { measurePool, measureStatic, problemsOf } from './lib/measure.mjs';
import { summarizeProfile } from './lib/profile.mjs';
import { power, writeResults } from './lib/results.mjs';
import { fillTokens } from './lib/filler.mjs';
import { FIGURE_FLOORS, measureFigureFloors } from './lib/figure-floors.mjs';
import { listsMarkdown, measureLists } from './lib/lists.mjs';
import { onlyFigures, runOnly } from './lib/only.mjs';
import { RAW_DIR, settings, TARGETS } from './lib/settings.mjs';
import { measureSpa, measureSpaOnWire } from './lib/spa.mjs';
import { measureSqlite } from './lib/sqlite.mjs';

const started = Date.now();
const log = (message) =>
  console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);

/** Tops the table up to `level` rows and waits for InnoDB to settle; returns the timings. */
async function seedLevel(bench, level) {
  const seedStarted = Date.now();
  const filled = await fillTokens(bench.conns, { target: level });
  const settled = filled.inserted > 0 ? await settle(bench.conn) : null;
  const seconds = (Date.now() - seedStarted) / 1000;
  log(
    `${power(level)}: seeded ${filled.inserted} tokens in ${(filled.ms / 1000).toFixed(1)} s` +
      (settled ? ` (+${(settled.ms / 1000).toFixed(1)} s settling)` : ''),
  );
  return { rows: filled.inserted, insertSeconds: filled.ms / 1000, seconds, settle: settled };
}

async function main() {
  const profileDir = settings.profile ? join(RAW_DIR, 'profile') : undefined;
  const bench = await openBench({ profileDir });
  const { specs, checks, conn, tmpDir } = bench;
  log(
    `product on ${bench.baseUrl} with database ${bench.db.name}; user, app and tokens set up over HTTP`,
  );
  const floor = (label) =>
    withFloor(bench.db.name, bench.flow.userId, (url, pid) =>
      measureStatic(label, { url, env: {}, conn: bench.conn, pid }),
    );

  const floorStart = await floor('F-start');
  log(`F ${floorStart.rps.toFixed(0)} req/s`);
  const figures = {};
  const growth = [];
  let knownR3 = null;
  for (const [index, level] of settings.levels.entries()) {
    const seed = await seedLevel(bench, level);
    // Each level gets its own F next to its runs: a drop in F too means the machine got busier,
    // not that the product slowed with the table.
    const levelFloor = index === 0 ? floorStart : await floor(`F-${level}`);
    if (index > 0) log(`${power(level)}: F ${levelFloor.rps.toFixed(0)} req/s`);
    await checks.R1();
    const r1 = await measureStatic(`R1-${level}`, { ...specs.R1, conn });
    log(`${power(level)}: R1 ${r1.rps.toFixed(0)} req/s`);
    if (index === 0) {
      figures.R1 = r1;
      await checks.R1D();
      figures.R1D = await measurePool('R1D', { ...specs.R1D, knownRps: r1.rps, conn, tmpDir });
      log(`R1 with DPoP ${figures.R1D.rps.toFixed(0)} req/s`);
      await checks.R2();
      figures.R2 = await measureStatic('R2', { ...specs.R2, conn });
      log(`R2 ${figures.R2.rps.toFixed(0)} req/s`);
    }
    await checks.R3();
    const r3 = await measurePool(`R3-${level}`, { ...specs.R3, knownRps: knownR3, conn, tmpDir });
    // The fastest level so far: one slow level must not size the next one's pools short, since
    // each credential sent twice is a replay that revokes its grant, and with 10⁶ tokens of one
    // user and app that revocation scans them all.
    knownR3 = Math.max(knownR3 ?? 0, r3.rps);
    log(`${power(level)}: R3 ${r3.rps.toFixed(0)} req/s`);
    if (index === 0) {
      figures.R3 = r3;
      await checks.R4();
      figures.R4 = await measurePool('R4', { ...specs.R4, knownRps: knownR3, conn, tmpDir });
      log(`R4 ${figures.R4.rps.toFixed(0)} req/s`);
      Object.assign(figures, await measureFigureFloors(bench, FIGURE_FLOORS, knownR3));
      log(FIGURE_FLOORS.map((id) => `${id} ${figures[id].rps.toFixed(0)} req/s`).join(', '));
    }
    const table = await tokenTableStats(conn);
    const plan = await explainBearerCheck(conn, bench.flow.accessToken);
    const measureSeconds = r1.wallSeconds + r3.wallSeconds;
    growth.push({ level, floor: levelFloor, r1, r3, table, plan, seed, measureSeconds });
  }
  const floorEnd = await floor('F-end');
  log(`F again ${floorEnd.rps.toFixed(0)} req/s`);

  // What a browser that accepts brotli and gzip receives for the first page's JS.
  const spaOnWire = await measureSpaOnWire(bench.baseUrl, measureSpa().files);
  log(`SPA first-load JS on the wire: ${(spaOnWire.totalWireBytes / 1024).toFixed(1)} KB`);
  await bench.product.stop();
  // The embedded default, with the same tool: F, R1, R2 and R3 on a SQLite file.
  const sqlite = settings.sqlite ? await measureSqlite(log) : null;
  // List pages: time and statements per page, on a database of their own (bench/lists.mjs alone).
  const lists = await measureLists(log);
  log(`list pages measured: ${lists.runs.length} rows`);
  const profile = profileDir ? summarizeProfile(profileDir) : null;
  const version = bench.db.version;
  await cleanUp();
  const result = assemble({ version, floorStart, floorEnd, figures, growth, profile, spaOnWire });
  if (sqlite) {
    result.problems.push(
      ...problemsOf('SQLite F', sqlite.floor),
      ...sqlite.figures.flatMap((f) => problemsOf(`SQLite ${f.id}`, f)),
    );
  }
  return { ...result, sqlite, lists };
}

const WHAT = {
  R1: 'GET /consumer/v1/me, bearer token',
  R1D: 'GET /consumer/v1/me, DPoP-bound token, fresh proof each',
  R2: 'POST /oauth/introspect, Basic client auth',
  R3: 'POST /oauth/token refresh_token, fresh token each',
  R4: 'POST /oauth/token authorization_code, fresh code each',
  F1: "R1's floor: its token-and-profile SELECT alone",
  F2: "R2's floor: its client-and-token SELECT alone",
  F3: "R3's floor: its client-and-token SELECT and the pair's INSERT alone",
  F3S: "R3's floor in one statement: INSERT … SELECT … RETURNING",
  F3M: "R3's floor in one round trip: its SELECT and INSERT as one multi-statement query",
  F4: "R4's floor: its client-and-code SELECT and the pair's INSERT alone",
};

function assemble({ version, floorStart, floorEnd, figures, growth, profile, spaOnWire }) {
  const mean = (a, b) => (a + b) / 2;
  // R1–R4 ran between F at the start and the next F (the second level's, or the last one).
  const after = growth[1]?.floor ?? floorEnd;
  const floor = {
    rps: mean(floorStart.rps, after.rps),
    p50Ms: mean(floorStart.p50Ms, after.p50Ms),
    p99Ms: mean(floorStart.p99Ms, after.p99Ms),
    non2xx: floorStart.non2xx + after.non2xx,
    socketErrors: floorStart.socketErrors + after.socketErrors,
    database: floorStart.database,
    cpuMsPerRequest: mean(floorStart.cpuMsPerRequest, after.cpuMsPerRequest),
    dbCpuMsPerRequest: mean(floorStart.dbCpuMsPerRequest, after.dbCpuMsPerRequest),
    totalCpuMsPerRequest: mean(floorStart.totalCpuMsPerRequest, after.totalCpuMsPerRequest),
    runs: [...floorStart.runs, ...after.runs],
    cpuRuns: [...floorStart.cpuRuns, ...after.cpuRuns],
    load1: floorStart.load1,
    start: floorStart,
    after,
    end: floorEnd,
  };
  const base = growth[0];
  // Growth in CPU per request (server + database) against the first level; req/s beside it.
  for (const g of growth) {
    g.r1CpuVsBase = g.r1.totalCpuMsPerRequest / base.r1.totalCpuMsPerRequest;
    g.r3CpuVsBase = g.r3.totalCpuMsPerRequest / base.r3.totalCpuMsPerRequest;
    g.r1VsBase = g.r1.rps / base.r1.rps;
    g.r3VsBase = g.r3.rps / base.r3.rps;
  }
  const last = growth.at(-1);
  const spa = measureSpa();
  const problems = [
    ...problemsOf('F', floor),
    ...growth.slice(1).flatMap((g) => problemsOf(`F at ${power(g.level)}`, g.floor)),
    ...problemsOf('F at the end', floorEnd),
    ...Object.entries(figures).flatMap(([id, run]) => problemsOf(id, run)),
    ...growth
      .slice(1)
      .flatMap((g) => [
        ...problemsOf(`R1 at ${power(g.level)}`, g.r1),
        ...problemsOf(`R3 at ${power(g.level)}`, g.r3),
      ]),
  ];
  return {
    date: new Date().toISOString(),
    mode: settings.quick ? 'quick' : 'full',
    wallSeconds: (Date.now() - started) / 1000,
    machine: {
      cores: settings.cores,
      cpu: cpus()[0]?.model.trim() ?? 'unknown',
      node: process.version,
      mariadb: version,
      os: `${type()} ${release()}`,
    },
    settings: {
      threads: settings.threads,
      connections: settings.connections,
      warmupSeconds: settings.warmupSeconds,
      measuredSeconds: settings.measuredSeconds,
      repeats: settings.repeats,
    },
    floor,
    figures: Object.entries(figures).map(([id, run]) => {
      // The headline: F's CPU per request over the figure's (server + database), steady under
      // load; the req/s ratio stays beside it.
      const ratio = floor.totalCpuMsPerRequest / run.totalCpuMsPerRequest;
      const rpsRatio = run.rps / floor.rps;
      const goal = TARGETS[id];
      return {
        id,
        what: WHAT[id],
        ...run,
        ratio,
        rpsRatio,
        target: goal,
        met: goal === null ? null : ratio >= goal,
      };
    }),
    growth,
    growthTarget: {
      level: last.level,
      target: TARGETS.growth,
      r1: last.r1CpuVsBase,
      r3: last.r3CpuVsBase,
      r1Rps: last.r1VsBase,
      r3Rps: last.r3VsBase,
      met:
        growth.length > 1 &&
        last.r1CpuVsBase <= TARGETS.growth &&
        last.r3CpuVsBase <= TARGETS.growth,
    },
    seedWithinMeasure: growth.every((g) => g.seed.seconds <= g.measureSeconds),
    spa: {
      ...spa,
      files: spa.files.map((f, i) => ({ ...f, ...spaOnWire.files[i] })),
      totalWireBytes: spaOnWire.totalWireBytes,
      target: TARGETS.spaWireBytes,
      met: spaOnWire.totalWireBytes <= TARGETS.spaWireBytes,
    },
    problems,
    profile,
  };
}

const only = onlyFigures();
if (only) {
  try {
    const { lines, problems } = await runOnly(only, log);
    console.log(`\n${lines.join('\n')}`);
    for (const problem of problems) console.error(`PROBLEM: ${problem}`);
    process.exitCode = problems.length > 0 ? 1 : 0;
  } catch (/** @type {any} */ error) {
    console.error(`bench failed: ${error.stack ?? error}`);
    await cleanUp();
    process.exitCode = 1;
  }
} else {
  await full();
}

async function full() {
  try {
    const result = await main();
    const { dir, markdown } = writeResults(result);
    console.log(`\n${markdown}`);
    console.log(`\n${listsMarkdown(result.lists)}`);
    if (result.profile) console.log(['CPU profile, top self time:', ...result.profile].join('\n'));
    for (const problem of result.problems) console.error(`PROBLEM: ${problem}`);
    console.log(`Results written to ${dir} in ${result.wallSeconds.toFixed(0)} s.`);
    process.exitCode = result.problems.length > 0 ? 1 : 0;
  } catch (/** @type {any} */ error) {
    console.error(`bench failed: ${error.stack ?? error}`);
    await cleanUp();
    process.exitCode = 1;
  }
}
