import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import type { TestServer } from './server.js';

const run = promisify(execFile);
const SERVER_DIR = resolve(import.meta.dirname, '../..');

export type AdminRun = { code: number; stdout: string; stderr: string };

/** `pnpm admin <args>` against a test server's database, as its own process. */
export async function admin(server: TestServer, ...args: string[]): Promise<AdminRun> {
  const env = {
    PATH: process.env.PATH ?? '',
    DATABASE_URL: server.config.databaseUrl,
    SECRET_KEY: server.config.secretKey.toString('base64'),
  };
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', '@oxc-node/core/register', 'src/admin/cli.ts', ...args],
      { cwd: SERVER_DIR, env },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as AdminRun;
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
