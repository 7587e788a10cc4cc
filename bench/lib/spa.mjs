import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { get } from 'node:http';
import { WEB_DIST } from './settings.mjs';

const ATTRIBUTE_URL = /<(script|link)\b([^>]*)>/g;

/** The JS files index.html makes the browser load at once: module scripts and modulepreloads. */
function entryScripts(html) {
  const files = [];
  for (const [, tag, attributes] of html.matchAll(ATTRIBUTE_URL)) {
    const src = /\b(?:src|href)="([^"]+)"/.exec(attributes)?.[1];
    if (!src || !src.endsWith('.js')) continue;
    const isModule = tag === 'script' && /\btype="module"/.test(attributes);
    const isPreload = tag === 'link' && /\brel="modulepreload"/.test(attributes);
    if (isModule || isPreload) files.push(src.replace(/^\//, ''));
  }
  return files;
}

/** Static imports in a chunk (`import…from"./x.js"`, `import"./x.js"`), not dynamic import(). */
function staticImports(source) {
  const found = [];
  for (const [, path] of source.matchAll(
    /\bimport\s*(?:[\w$*{},\s]+?\s*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g,
  )) {
    found.push(path);
  }
  return found;
}

/**
 * The gzip size (level 9) of the JS the first page loads: the entry module, its modulepreloads
 * and anything they import statically (followed, in case a preload link is missing).
 */
export function measureSpa() {
  const html = readFileSync(join(WEB_DIST, 'index.html'), 'utf8');
  const queue = entryScripts(html);
  const seen = new Set();
  const files = [];
  while (queue.length > 0) {
    const file = /** @type {string} */ (queue.shift()); // the queue is not empty
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(join(WEB_DIST, file));
    files.push({ file, bytes: source.length, gzipBytes: gzipSync(source, { level: 9 }).length });
    const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    for (const path of staticImports(source.toString('utf8'))) {
      queue.push(new URL(path, `http://x/${dir}`).pathname.slice(1));
    }
  }
  return {
    files,
    totalBytes: files.reduce((sum, f) => sum + f.bytes, 0),
    totalGzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0),
  };
}

/** The body of one GET as it crosses the network (node:http does not decode it), and its coding. */
function fetchRaw(url, headers) {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (response) => {
      let bytes = 0;
      response.on('data', (chunk) => (bytes += chunk.length));
      response.on('end', () =>
        resolve({
          status: response.statusCode,
          bytes,
          encoding: response.headers['content-encoding'] ?? 'identity',
          vary: response.headers.vary ?? '',
        }),
      );
      response.on('error', reject);
    }).on('error', reject);
  });
}

/**
 * What the running product really sends for the first page's JS to a browser that accepts
 * brotli and gzip: the bytes on the wire of each file that measureSpa found.
 */
export async function measureSpaOnWire(baseUrl, files) {
  const headers = { 'accept-encoding': 'br, gzip' };
  const wire = [];
  for (const { file } of files) {
    const answer = await fetchRaw(new URL(`/${file}`, baseUrl), headers);
    if (answer.status !== 200) throw new Error(`GET /${file} answered ${answer.status}`);
    wire.push({ file, wireBytes: answer.bytes, encoding: answer.encoding, vary: answer.vary });
  }
  return { files: wire, totalWireBytes: wire.reduce((sum, f) => sum + f.wireBytes, 0) };
}
