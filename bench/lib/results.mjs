import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { growthSvg } from './plot.mjs';
import { RAW_DIR, RESULTS_DIR, ROOT, TARGETS } from './settings.mjs';

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
export const power = (n) => {
  const e = Math.log10(n);
  return Number.isInteger(e)
    ? `10${[...String(e)].map((d) => SUPERSCRIPT[d]).join('')}`
    : String(n);
};
const fixed = (value, digits) =>
  value === null || value === undefined ? '–' : value.toFixed(digits);
const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1);
const met = (value) => (value === null ? '–' : value ? 'yes' : '**no**');
const target = (value) => (value === null ? '–' : `≥ ${value}`);

/** SQL statements, fsyncs and buffer-pool misses per request (server-wide counters). */
function dbCost(run) {
  const d = run.database;
  if (!d) return '–';
  const statements = d.selects + d.inserts + (d.insertSelects ?? 0) + d.updates + d.commits;
  return `${fixed(statements, 1)} / ${fixed(d.fsyncs, 1)} / ${fixed(d.diskReads, 1)}`;
}

/** Requests/sec of the median run, with the range of all runs when there were several. */
function rate(run) {
  const runs = run.runs ?? [run.rps];
  if (runs.length < 2) return fixed(run.rps, 0);
  return `${fixed(run.rps, 0)} (${fixed(Math.min(...runs), 0)}–${fixed(Math.max(...runs), 0)})`;
}

/** Server + database CPU ms per request: the median, with the range of all runs (the spread). */
export function cpu(run) {
  const runs = (run.cpuRuns ?? []).filter((value) => value !== null);
  if (runs.length < 2) return fixed(run.totalCpuMsPerRequest, 3);
  const low = Math.min(...runs);
  const high = Math.max(...runs);
  const spread = run.totalCpuMsPerRequest ? ((high - low) / run.totalCpuMsPerRequest) * 100 : 0;
  return `${fixed(run.totalCpuMsPerRequest, 3)} (${fixed(low, 3)}–${fixed(high, 3)}, ±${fixed(spread / 2, 0)} %)`;
}

function figureRow(id, what, run, ratio, rpsRatio, goal, ok) {
  return `| ${id} | ${what} | ${cpu(run)} | ${fixed(run.cpuMsPerRequest, 3)} + ${fixed(run.dbCpuMsPerRequest, 3)} | **${fixed(ratio, 2)}** | ${target(goal)} | ${met(ok)} | ${rate(run)} | ${fixed(rpsRatio, 2)} | ${fixed(run.p50Ms, 2)} / ${fixed(run.p99Ms, 2)} | ${run.non2xx} | ${dbCost(run)} | ${fixed(run.load1, 1)} |`;
}

/** EXPLAIN of the bearer check at the largest table: one row per table, each by an index. */
function planLines(g) {
  if (!g.plan) return [];
  return [
    `Plan of the bearer check (EXPLAIN, ${power(g.level)} stored tokens):`,
    '',
    '| table | access | key | ref | rows |',
    '|---|---|---|---|---:|',
    ...g.plan.map((p) => `| ${p.table} | ${p.type} | ${p.key} | ${p.ref ?? ''} | ${p.rows} |`),
    '',
  ];
}

/** The markdown bench/README.md links to: figures against F, growth, the SPA, the machine. */
export function toMarkdown(r) {
  const base = power(r.growth[0].level);
  const lines = [
    '# Benchmark results',
    '',
    `${r.date} · ${r.mode} run of ${r.revision} · ${r.machine.cores} cores (${r.machine.cpu}) · Node ${r.machine.node} · MariaDB ${r.machine.mariadb} · ${r.machine.os}`,
    '',
    `wrk ${r.settings.threads} threads, ${r.settings.connections} keep-alive connections, no pipelining; per figure a ${r.settings.warmupSeconds} s warm-up, then ${r.settings.repeats} measured runs of ${r.settings.measuredSeconds} s: the median run counts (the range of all runs in brackets). Whole run: ${fixed(r.wallSeconds, 0)} s.`,
    '',
    '| figure | request | CPU ms/req, server + DB (range, spread) | server + DB | ratio to F (CPU) | target | met | req/s (range) | ratio to F (req/s) | p50 / p99 ms | non-2xx | SQL / fsync / disk read per req | load |',
    '|---|---|---:|---:|---:|---|---|---:|---:|---:|---:|---:|---:|',
    figureRow(
      'F',
      'floor: one primary-key SELECT (mean of the two around R1–R4)',
      r.floor,
      1,
      1,
      null,
      null,
    ),
    ...r.figures.map((f) => figureRow(f.id, f.what, f, f.ratio, f.rpsRatio, f.target, f.met)),
    '',
    `The ratio to F is F's CPU time per request over the figure's, each the user + system time of the server process (the product or the floor) plus the MariaDB server process's, read from /proc/<pid>/stat before and after each measured run and divided by its requests; the median of the runs counts, the range and ± half of it (relative to the median) is the spread. CPU per request barely moves when other work on the machine takes cores away, req/s does: the req/s ratio stays beside it. F before R1–R4: ${fixed(r.floor.start.rps, 0)} req/s, after: ${fixed(r.floor.after.rps, 0)} req/s, at the very end: ${fixed(r.floor.end.rps, 0)} req/s. R1–R4 ran with ${power(r.growth[0].level)} stored tokens. The database's CPU includes anything else it serves at the time. SQL statements (SELECT + INSERT + INSERT … SELECT + UPDATE + COMMIT), fsyncs and InnoDB buffer-pool misses per request come from the database server's global counters, so other work on the same server can add to them. Load: the machine's 1-minute load average when the measured run started (2 cores).`,
    '',
    ...floorLines(r),
    `## Growth: CPU per request of R1 and R3 against stored tokens (target ≤ ${r.growthTarget.target} × ${base} at ${power(r.growthTarget.level)})`,
    '',
    `| stored tokens | F CPU ms/req | rows at R1 | R1 CPU ms/req (server + DB) | R1 CPU vs ${base} | R1 req/s | rows at R3 | R3 CPU ms/req (server + DB) | R3 CPU vs ${base} | R3 req/s | R3 disk reads/req | R3 pages flushed/req | data MB | index MB | seeded rows | seeding s | measuring s |`,
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...r.growth.map(
      (g) =>
        `| ${power(g.level)} | ${cpu(g.floor)} | ${g.r1.rowsAtStart} | ${cpu(g.r1)} | ${fixed(g.r1CpuVsBase, 2)} | ${rate(g.r1)} | ${g.r3.rowsAtStart} | ${cpu(g.r3)} | ${fixed(g.r3CpuVsBase, 2)} | ${rate(g.r3)} | ${fixed(g.r3.database?.diskReads, 2)} | ${fixed(g.r3.database?.pagesFlushed, 2)} | ${mb(g.table.dataBytes)} | ${mb(g.table.indexBytes)} | ${g.seed.rows} | ${fixed(g.seed.seconds, 1)} | ${fixed(g.measureSeconds, 0)} |`,
    ),
    '',
    `At ${power(r.growthTarget.level)}: R1 costs ${fixed(r.growthTarget.r1, 2)} ×, R3 ${fixed(r.growthTarget.r3, 2)} × the CPU per request at ${base} (req/s: ${fixed(r.growthTarget.r1Rps, 2)} and ${fixed(r.growthTarget.r3Rps, 2)} of ${base}): target met: ${met(r.growthTarget.met)}. Each level measures its own F right before its R1 and R3. Disk reads per request are InnoDB missing its buffer pool as the table outgrows it. Seeding never took longer than the measurement: ${met(r.seedWithinMeasure)}.`,
    '',
    '![R1 and R3 requests/sec against stored tokens](growth.svg)',
    '',
    ...planLines(r.growth.at(-1)),
    `## The SPA: JS the first page loads, on the wire (Accept-Encoding: br, gzip), target ≤ ${r.spa.target / 1024} KB`,
    '',
    '| file | bytes | gzip -9 bytes | on the wire | encoding |',
    '|---|---:|---:|---:|---|',
    ...r.spa.files.map(
      (f) => `| ${f.file} | ${f.bytes} | ${f.gzipBytes} | ${f.wireBytes} | ${f.encoding} |`,
    ),
    `| **total** | ${r.spa.totalBytes} | ${r.spa.totalGzipBytes} | **${r.spa.totalWireBytes}** (${fixed(r.spa.totalWireBytes / 1024, 1)} KB, met: ${met(r.spa.met)}) | |`,
    '',
  ];
  lines.push(...sqliteLines(r));
  if (r.problems.length > 0) {
    lines.push('## Problems in this run', '', ...r.problems.map((p) => `- ${p}`), '');
  }
  return lines.join('\n');
}

/**
 * What the figures' floors say: how much each figure's statements cost sent one request at a time
 * (F1–F4 over F), and how the product compares with them (R1 over F1, and so on).
 */
function floorLines(r) {
  const find = (id) => r.figures.find((f) => f.id === id);
  const says = ['R1', 'R2', 'R3', 'R4']
    .map((figure) => [figure, `F${figure.slice(1)}`])
    .filter(([figure, floor]) => find(figure) && find(floor))
    .map(([figure, floor]) => {
      const [run, bare] = [find(figure), find(floor)];
      const times = run.totalCpuMsPerRequest / bare.totalCpuMsPerRequest;
      return `${figure} costs ${fixed(times, 2)} × ${floor} (${fixed(run.totalCpuMsPerRequest, 3)} against ${fixed(bare.totalCpuMsPerRequest, 3)} ms), and ${floor} alone is ${fixed(bare.ratio, 2)} of F (target for ${figure} ${target(TARGETS[figure])})`;
    });
  if (says.length === 0) return [];
  const [inOne, inOneTrip] = [find('F3S'), find('F3M')];
  if (inOne && inOneTrip)
    says.push(
      `R3's statements sent in one INSERT … SELECT (F3S) reach ${fixed(inOne.ratio, 2)} of F (${fixed(inOne.totalCpuMsPerRequest, 3)} ms), and in one multi-statement round trip (F3M) ${fixed(inOneTrip.ratio, 2)} (${fixed(inOneTrip.totalCpuMsPerRequest, 3)} ms)`,
    );
  return [
    `F1 to F4 are the figures' floors: R1's to R4's requests, the grants' with the same fresh credentials, answered by a floor process that runs only their statements on the same tables (bench/lib/floor-routes.mjs: the token or the client-and-credential SELECT, the secret's digest compared, the pair's INSERT that spends the credential), with no rate limits, events, metrics, log line, scope rules, DPoP or OpenID Connect. The floors send their statements for each request alone; the product sends the hot ones of requests that arrive together as one (docs/architecture.md, "Statements shared by requests at the same moment"), so it can cost less than its floor. ${says.join('; ')}.`,
    '',
  ];
}

/** F, R1, R2 and R3 on SQLite beside the same figures on MariaDB. */
function sqliteLines(r) {
  const s = r.sqlite;
  if (!s) return [];
  const onMaria = (id) => (id === 'F' ? r.floor : r.figures.find((f) => f.id === id));
  const row = (id, run, ratio) => {
    const m = onMaria(id);
    return `| ${id} | ${cpu(run)} | ${fixed(ratio, 2)} | ${rate(run)} | ${fixed(run.p50Ms, 2)} / ${fixed(run.p99Ms, 2)} | ${run.non2xx} | ${fixed(run.load1, 1)} | ${cpu(m)} | ${rate(m)} | ${fixed(run.totalCpuMsPerRequest / m.totalCpuMsPerRequest, 2)} |`;
  };
  return [
    `## SQLite, the embedded default (SQLite ${s.version}, journal_mode ${s.pragmas.journalMode}, synchronous ${s.pragmas.synchronous})`,
    '',
    'The product on a SQLite file, the same wrk scripts; its F reads the same row through better-sqlite3. The database runs inside the server process, so the server CPU is the whole cost.',
    '',
    '| figure | SQLite CPU ms/req (range, spread) | ratio to SQLite F (CPU) | SQLite req/s (range) | p50 / p99 ms | non-2xx | load | MariaDB CPU ms/req, server + DB | MariaDB req/s | SQLite CPU ÷ MariaDB CPU |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    row('F', s.floor, 1),
    ...s.figures.map((f) => row(f.id, f, f.ratio)),
    '',
  ];
}

/** The commit measured, marked `+changes` when the working tree differs from it. */
function revision() {
  try {
    const git = (...args) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
    return `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain') ? '+changes' : ''}`;
  } catch {
    return 'unknown';
  }
}

/** One line per run in history.jsonl, so a fix can show its before and after. */
function historyLine(r) {
  const round = (n, digits = 2) =>
    n === null || n === undefined ? null : Number(n.toFixed(digits));
  return JSON.stringify({
    date: r.date,
    revision: r.revision,
    F: round(r.floor.rps, 0),
    FCpuMs: round(r.floor.totalCpuMsPerRequest, 3),
    ratioBy: 'cpu',
    load1: r.floor.load1,
    ...Object.fromEntries(
      r.figures.map((f) => [
        f.id,
        {
          rps: round(f.rps, 0),
          ratio: round(f.ratio),
          rpsRatio: round(f.rpsRatio),
          cpuRuns: f.cpuRuns,
          cpuMs: f.cpuMsPerRequest,
          dbCpuMs: f.dbCpuMsPerRequest,
        },
      ]),
    ),
    growth: Object.fromEntries(
      r.growth.map((g) => [
        g.level,
        {
          r1: round(g.r1VsBase),
          r3: round(g.r3VsBase),
          r1Cpu: round(g.r1CpuVsBase),
          r3Cpu: round(g.r3CpuVsBase),
        },
      ]),
    ),
    ...(r.sqlite
      ? {
          sqlite: {
            F: { rps: round(r.sqlite.floor.rps, 0), cpuMs: r.sqlite.floor.totalCpuMsPerRequest },
            ...Object.fromEntries(
              r.sqlite.figures.map((f) => [
                f.id,
                { rps: round(f.rps, 0), ratio: round(f.ratio), cpuMs: f.totalCpuMsPerRequest },
              ]),
            ),
          },
        }
      : {}),
    spaGzipBytes: r.spa.totalGzipBytes,
    spaWireBytes: r.spa.totalWireBytes,
  });
}

/**
 * latest.{json,md}, growth.svg and a line in history.jsonl; a quick run writes to raw/quick so it
 * never replaces real numbers.
 */
export function writeResults(result) {
  const dir = result.mode === 'quick' ? join(RAW_DIR, 'quick') : RESULTS_DIR;
  mkdirSync(dir, { recursive: true });
  result.revision = revision();
  appendFileSync(join(dir, 'history.jsonl'), historyLine(result) + '\n');
  const markdown = toMarkdown(result);
  writeFileSync(join(dir, 'latest.json'), JSON.stringify(result, null, 2) + '\n');
  writeFileSync(join(dir, 'latest.md'), markdown);
  writeFileSync(join(dir, 'growth.svg'), growthSvg(result.growth));
  return { dir, markdown };
}
