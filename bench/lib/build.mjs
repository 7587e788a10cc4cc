import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, SERVER_MAIN, WEB_DIST } from './settings.mjs';

/** The product runs from its build, as a user runs it: build it all once if a piece is missing. */
export function ensureBuilt() {
  if (existsSync(SERVER_MAIN) && existsSync(join(WEB_DIST, 'index.html'))) return false;
  console.log('The build is missing: running pnpm -r build');
  execFileSync('pnpm', ['-r', 'build'], { cwd: ROOT, stdio: 'inherit' });
  return true;
}
