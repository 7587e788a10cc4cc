import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startServerProcess } from '../helpers/server-process.js';
import { startTestServer } from '../helpers/server.js';

describe('GET /readyz', () => {
  it('answers 200 while the server is ready', async () => {
    const server = await startTestServer();
    try {
      const response = await fetch(`${server.url}/readyz`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: 'ready', database: 'up' });
    } finally {
      await server.close();
    }
  });

  it('answers 503 from SIGTERM on, while the server still serves during the drain', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bnder-readiness-'));
    const server = await startServerProcess({
      DATABASE_URL: `sqlite:${join(dir, 'db.sqlite')}`,
      DATA_DIR: dir,
      SHUTDOWN_DRAIN: '5',
    });
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    const exitCode = server.stop('SIGTERM');

    let readyz: Response | undefined;
    for (let i = 0; i < 40 && readyz?.status !== 503; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      readyz = await fetch(`${server.url}/readyz`);
    }
    expect(readyz?.status).toBe(503);
    expect(await readyz?.json()).toEqual({ status: 'shutting_down', database: 'unchecked' });
    // Still alive and serving: only new traffic should go elsewhere.
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect(await exitCode).toBe(0);
  });
});
