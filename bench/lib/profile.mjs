import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Which package a frame belongs to: an npm package, the server's own code, Node, or V8 itself. */
function owner({ url, functionName }) {
  if (!url) return functionName || '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(url);
  if (pkg) return pkg[1];
  if (url.includes('/packages/server/')) return 'server (own code)';
  if (url.startsWith('node:')) return 'node internals';
  return url;
}

function shortFrame({ functionName, url, lineNumber }) {
  const file = url
    .replace(/^.*node_modules\/(?!.*node_modules\/)/, '')
    .replace(/^file:\/\/.*\/packages\//, '');
  return `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
}

const percent = (count, total) => `${((count / total) * 100).toFixed(1).padStart(5)}%`;

/**
 * The newest .cpuprofile in `dir` (node --cpu-prof writes it when the product exits), as text:
 * self time by package, then the top functions by self time. With `lastSeconds`, only samples
 * from that final stretch count (the measured run is the last thing the product did before it
 * was stopped; the final 0.3 s of shutdown are left out).
 * @param {string} dir
 * @param {{ top?: number; lastSeconds?: number }} [options]
 */
export function summarizeProfile(dir, { top = 25, lastSeconds } = {}) {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => join(dir, f))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  if (files.length === 0) return [];
  const profile = JSON.parse(readFileSync(/** @type {string} */ (files[0]), 'utf8'));
  const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const byOwner = new Map();
  const byFrame = new Map();
  const from = lastSeconds ? profile.endTime - (lastSeconds + 0.3) * 1e6 : -Infinity;
  const to = lastSeconds ? profile.endTime - 0.3e6 : Infinity;
  let time = profile.startTime;
  let total = 0;
  for (const [index, id] of profile.samples.entries()) {
    time += profile.timeDeltas[index];
    if (time < from || time > to) continue;
    total += 1;
    const frame = frames.get(id);
    const add = (map, key) => map.set(key, (map.get(key) ?? 0) + 1);
    add(byOwner, owner(frame));
    add(byFrame, shortFrame(frame));
  }
  const ranked = (map, n) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([key, count]) => `${percent(count, total)}  ${key}`);
  return [
    `${files[0]}: ${total} samples${lastSeconds ? ` in the last ${lastSeconds} s` : ''}`,
    'self time by package:',
    ...ranked(byOwner, 15),
    'top functions by self time:',
    ...ranked(byFrame, top),
  ];
}
