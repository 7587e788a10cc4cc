import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  freePort,
  startNodeProcess,
  type NodeProcess,
} from '../../../../tooling/server-process.mjs';

const serverRoot = join(dirname(fileURLToPath(import.meta.url)), '../..');

export type ServerProcess = NodeProcess & { url: string };

export { freePort };

/**
 * Starts the server from source as its own OS process (as `pnpm dev` does), for scenarios that
 * need real processes: signals, two instances on one database.
 */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = await startNodeProcess({
    args: ['--import', '@oxc-node/core/register', 'src/main.ts'],
    cwd: serverRoot,
    env: {
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_URL: url,
      SECRET_KEY: randomBytes(32).toString('base64'),
      BCRYPT_COST: '4',
      ...env,
    },
    readyUrl: `${url}/healthz`,
    timeoutMs: 30_000,
  });
  return Object.assign(server, { url });
}
