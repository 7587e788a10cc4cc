// node bench/profile.mjs R1|R2|R3|R4 — one figure against the product running under --cpu-prof,
// then the profile's self time by package and by function (written to results/profiles/<id>.txt,
// the raw profile to results/raw/profile-<id>/).
// BENCH_LEVELS' first value sets the stored tokens (default 10^4); durations as for pnpm bench.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanUp, openBench } from './lib/context.mjs';
import { measurePool, measureStatic } from './lib/measure.mjs';
import { summarizeProfile } from './lib/profile.mjs';
import { fillTokens } from './lib/filler.mjs';
import { RAW_DIR, RESULTS_DIR, settings } from './lib/settings.mjs';

const PROFILES_DIR = join(RESULTS_DIR, 'profiles');

const id = process.argv[2] ?? '';
if (!['R1', 'R2', 'R3', 'R4'].includes(id)) {
  console.error('usage: node bench/profile.mjs R1|R2|R3|R4');
  process.exit(2);
}
const profileDir = join(RAW_DIR, `profile-${id}`);
rmSync(profileDir, { recursive: true, force: true });
mkdirSync(profileDir, { recursive: true });
try {
  const bench = await openBench({ profileDir });
  await fillTokens(bench.conns, { target: settings.levels[0] });
  await bench.checks[id]();
  const spec = { ...bench.specs[id], conn: bench.conn, tmpDir: bench.tmpDir, knownRps: null };
  const run =
    id === 'R1' || id === 'R2' ? await measureStatic(id, spec) : await measurePool(id, spec);
  await bench.product.stop();
  await cleanUp();
  const summary = [
    `${id}: ${run.rps.toFixed(0)} req/s, p50 ${run.p50Ms} ms, p99 ${run.p99Ms} ms, non-2xx ${run.non2xx}`,
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
