// Adds up the vitest "Tests" lines of every run in the log and prints one closing line, after
// the name of every failed test so that a red run says what failed without scrolling back.
import { readFileSync } from 'node:fs';

// eslint-disable-next-line no-control-regex -- strips the ANSI colours vitest prints
const text = readFileSync(process.argv[2], 'utf8').replace(/\x1b\[[0-9;]*m/g, '');
let passed = 0;
let failed = 0;
let skipped = 0;
const failures = new Set();
for (const line of text.split('\n')) {
  // vitest lists each failure once as "FAIL  file > suite > test" before its error.
  const failure = /^\s*FAIL\s+(.+\S)\s*$/.exec(line);
  if (failure?.[1]) failures.add(failure[1]);
  const match = /^\s*Tests\s+(.*)\(\d+\)\s*$/.exec(line);
  if (!match) continue;
  passed += Number(/(\d+) passed/.exec(match[1])?.[1] ?? 0);
  failed += Number(/(\d+) failed/.exec(match[1])?.[1] ?? 0);
  skipped += Number(/(\d+) skipped/.exec(match[1])?.[1] ?? 0);
}
for (const name of failures) console.log(`failed: ${name}`);
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
