import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, startNodeProcess } from '../../../../tooling/server-process.mjs';

const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const SERVER_ENTRY = join(REPO_ROOT, 'packages/server/dist/main.js');

export interface RunningServer {
  baseUrl: string;
  /** Everything the server printed, for diagnosing a failed test. */
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * Starts the built server (`packages/server/dist/main.js`) on a free port with a fresh SQLite
 * database, and waits until it is healthy. Build first: `pnpm -r build`. `env` adds settings.
 */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  if (!existsSync(SERVER_ENTRY)) {
    throw new Error(`${SERVER_ENTRY} is missing: run \`pnpm -r build\` first`);
  }
  const port = await freePort();
  const dataDir = await mkdtemp(join(tmpdir(), 'bnder-e2e-'));
  const baseUrl = `http://127.0.0.1:${port}`;
  const removeData = () => rm(dataDir, { recursive: true, force: true });
  try {
    const server = await startNodeProcess({
      args: [SERVER_ENTRY],
      cwd: REPO_ROOT,
      env: {
        PORT: String(port),
        HOST: '127.0.0.1',
        PUBLIC_URL: baseUrl,
        DATABASE_URL: `sqlite:${join(dataDir, 'bnder.sqlite')}`,
        SECRET_KEY: randomBytes(32).toString('base64'),
        BCRYPT_COST: '4',
        RATE_LIMITS: 'off',
        NODE_ENV: 'test',
        ...env,
      },
      readyUrl: `${baseUrl}/healthz`,
    });
    return {
      baseUrl,
      output: server.output,
      stop: async () => {
        await server.stop();
        await removeData();
      },
    };
  } catch (error) {
    await removeData();
    throw error;
  }
}
