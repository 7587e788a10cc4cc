import { execFile } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const repo = fileURLToPath(new URL('../../../../', import.meta.url));
const probes: string[] = [];

/** Runs the lint's import rules (`pnpm lint:layers`) and returns its exit code and report. */
async function lintLayers(): Promise<{ code: number; output: string }> {
  try {
    const { stdout } = await run('pnpm', ['--silent', 'lint:layers'], { cwd: repo });
    return { code: 0, output: stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

/** Adds a source file that imports `target`, as a careless change would. */
function addProbe(path: string, target: string): void {
  const file = join(repo, path);
  probes.push(file);
  writeFileSync(file, `import '${target}';\nexport const probe = 1;\n`);
}

afterEach(() => {
  for (const file of probes.splice(0)) rmSync(file, { force: true });
});

describe('the layer rules in pnpm lint', () => {
  it('pass on the code as it is', async () => {
    const { code, output } = await lintLayers();
    expect(output).toContain('no dependency violations found');
    expect(code).toBe(0);
  });

  it.each([
    [
      'packages/server/src/db/layer-probe.ts',
      '../composition/services.js',
      'no-import-up:foundation->composition',
    ],
    [
      'packages/server/src/grants/layer-probe.ts',
      '../apps/app.store.js',
      'no-import-up:grants and accounts->domain',
    ],
    [
      'packages/server/src/toolkit/layer-probe.ts',
      '../principals/principal-resolver.js',
      'no-import-up:toolkit->principals',
    ],
    [
      'packages/server/src/oauth/layer-probe.ts',
      '../composition/app.js',
      'no-import-up:protocol and transport->composition',
    ],
    [
      'packages/web/src/ui/layer-probe.ts',
      '../../../server/src/config/load-config.js',
      'web-never-imports-server',
    ],
    [
      'packages/server/src/apps/layer-probe.ts',
      '../authorizations/authorized-apps.service.js',
      'no-folder-cycles',
    ],
  ])('fail when %s imports %s', async (probe, target, rule) => {
    addProbe(probe, target);
    const { code, output } = await lintLayers();
    expect(code).not.toBe(0);
    expect(output).toContain(rule);
  });
});
