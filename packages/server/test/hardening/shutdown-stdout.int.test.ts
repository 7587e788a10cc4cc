import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.js';

let database: TestDatabase;
let server: ServerProcess;
afterEach(async () => {
  await server.stop('SIGKILL');
  await database.drop();
});

/** Far longer than SHUTDOWN_TIMEOUT (1 s) plus the bounded closing steps: only a hang exceeds it. */
const GENEROUS_BOUND_MS = 25_000;

async function startWithShutdownTimeout() {
  database = await createTestDatabase();
  server = await startServerProcess({
    DATABASE_URL: database.url,
    DATA_DIR: database.dataDir,
    SHUTDOWN_TIMEOUT: '1',
  });
}

/**
 * Requests whose request lines log a long path: a few megabytes of log, more than the pipe
 * between the two processes and the reader's buffer hold together.
 */
async function logMegabytes() {
  const path = `/no-such-page/${'x'.repeat(8000)}`;
  for (let batch = 0; batch < 40; batch += 1) {
    await Promise.all(
      Array.from({ length: 10 }, async () => {
        const response = await fetch(`${server.url}${path}`);
        await response.arrayBuffer();
      }),
    );
  }
}

/** SIGTERM, then the exit code, or 'still running' once the generous bound has passed. */
async function terminate(): Promise<number | null | 'still running'> {
  server.child.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const bound = new Promise<'still running'>((resolve) => {
    timer = setTimeout(() => resolve('still running'), GENEROUS_BOUND_MS);
  });
  try {
    return await Promise.race([server.exited, bound]);
  } finally {
    clearTimeout(timer);
  }
}

describe('on SIGTERM, whatever standard output does', () => {
  it('exits when the reader of its output stopped reading', async () => {
    await startWithShutdownTimeout();
    server.child.stdout?.pause();
    await logMegabytes();

    expect(await terminate()).toBe(0);
  }, 60_000);

  it('exits when the reader of its output has gone (broken pipe)', async () => {
    await startWithShutdownTimeout();
    server.child.stdout?.destroy();
    await logMegabytes();

    expect(await terminate()).toBe(0);
  }, 60_000);
});
