import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { growthSvg } from './plot.mjs';
import { RAW_DIR, RESULTS_DIR, ROOT } from './settings.mjs';

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
  const statements = d.selects + d.inserts + d.updates + d.commits;
  return `${fixed(statements, 1)} / ${fixed(d.fsyncs, 1)} / ${fixed(d.diskReads, 1)}`;
}

/** Requests/sec of the median run, with the range of all runs when there were several. */
function rate(run) {
  const runs = run.runs ?? [run.rps];
  if (runs.length < 2) return fixed(run.rps, 0);
  return `${fixed(run.rps, 0)} (${fixed(Math.min(...runs), 0)}–${fixed(Math.max(...runs), 0)})`;
}

function figureRow(id, what, run, ratio, goal, ok) {
  return `| ${id} | ${what} | ${rate(run)} | ${fixed(run.p50Ms, 2)} | ${fixed(run.p99Ms, 2)} | ${run.non2xx} | ${fixed(run.cpuMsPerRequest, 3)} | ${fixed(run.dbCpuMsPerRequest, 3)} | ${dbCost(run)} | ${fixed(run.load1, 1)} | ${fixed(ratio, 2)} | ${target(goal)} | ${met(ok)} |`;
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
    '| figure | request | req/s | p50 ms | p99 ms | non-2xx | server CPU ms/req | DB CPU ms/req | SQL / fsync / disk read per req | load | ratio to F | target | met |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|',
    figureRow(
      'F',
      'floor: one primary-key SELECT (mean of the two around R1–R4)',
      r.floor,
      1,
      null,
      null,
    ),
    ...r.figures.map((f) => figureRow(f.id, f.what, f, f.ratio, f.target, f.met)),
    '',
    `F before R1–R4: ${fixed(r.floor.start.rps, 0)} req/s, after: ${fixed(r.floor.after.rps, 0)} req/s, at the very end: ${fixed(r.floor.end.rps, 0)} req/s. R1–R4 ran with ${power(r.growth[0].level)} stored tokens. Server CPU: user + system time of the server process (product or floor) per request, which other work on the machine does not inflate the way it does req/s. DB CPU: the same for the MariaDB server process. SQL statements (SELECT + INSERT + UPDATE + COMMIT), fsyncs and InnoDB buffer-pool misses per request come from the database server's global counters, so other work on the same server can add to them. Load: the machine's 1-minute load average when the measured run started (2 cores).`,
    '',
    `## Growth: R1 and R3 against stored tokens (target ≥ ${r.growthTarget.target} of ${base} at ${power(r.growthTarget.level)})`,
    '',
    `| stored tokens | F req/s | rows at R1 | R1 req/s | R1 vs ${base} | rows at R3 | R3 req/s | R3 vs ${base} | R1 CPU ms/req | R3 CPU ms/req | R3 disk reads/req | data MB | index MB | seeded rows | seeding s | measuring s |`,
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...r.growth.map(
      (g) =>
        `| ${power(g.level)} | ${rate(g.floor)} | ${g.r1.rowsAtStart} | ${rate(g.r1)} | ${fixed(g.r1VsBase, 2)} | ${g.r3.rowsAtStart} | ${rate(g.r3)} | ${fixed(g.r3VsBase, 2)} | ${fixed(g.r1.cpuMsPerRequest, 3)} | ${fixed(g.r3.cpuMsPerRequest, 3)} | ${fixed(g.r3.database?.diskReads, 2)} | ${mb(g.table.dataBytes)} | ${mb(g.table.indexBytes)} | ${g.seed.rows} | ${fixed(g.seed.seconds, 1)} | ${fixed(g.measureSeconds, 0)} |`,
    ),
    '',
    `At ${power(r.growthTarget.level)}: R1 ${fixed(r.growthTarget.r1, 2)}, R3 ${fixed(r.growthTarget.r3, 2)} of ${base}: target met: ${met(r.growthTarget.met)}. Each level measures its own F right before its R1 and R3: where F moves too, the machine's other work moved the rates. The CPU and disk-read columns separate the two: CPU per request is the product's own cost, disk reads per request are InnoDB missing its buffer pool as the table outgrows it. Seeding never took longer than the measurement: ${met(r.seedWithinMeasure)}.`,
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
  if (r.problems.length > 0) {
    lines.push('## Problems in this run', '', ...r.problems.map((p) => `- ${p}`), '');
  }
  return lines.join('\n');
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
    ...Object.fromEntries(
      r.figures.map((f) => [
        f.id,
        {
          rps: round(f.rps, 0),
          ratio: round(f.ratio),
          cpuMs: f.cpuMsPerRequest,
          dbCpuMs: f.dbCpuMsPerRequest,
        },
      ]),
    ),
    growth: Object.fromEntries(
      r.growth.map((g) => [g.level, { r1: round(g.r1VsBase), r3: round(g.r3VsBase) }]),
    ),
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
