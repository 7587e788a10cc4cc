import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, obtainTokens, postAsApp } from '../helpers/oauth.js';
import type { ServerProcess } from '../helpers/server-process.js';
import { TestClient, signUp } from '../helpers/client.js';
import { createClusterDatabase, startInstance, type ClusterDatabase } from './cluster.js';

// Instance A on node 1, instance B on node 2; the admin CLI on node 3.
const run = promisify(execFile);
const SERVER_DIR = resolve(import.meta.dirname, '../..');
const ROUNDS = 20;

let database: ClusterDatabase;
let a: ServerProcess;
let b: ServerProcess;
let owner: TestClient;
beforeAll(async () => {
  database = await createClusterDatabase();
  [a, b] = await Promise.all([
    startInstance(database.nodeUrl(0)),
    startInstance(database.nodeUrl(1)),
  ]);
  owner = new TestClient(a.url);
  await signUp(owner);
}, 120_000);
afterAll(async () => {
  await Promise.all([a.stop(), b.stop()]);
  await database.drop();
});

async function meStatus(url: string, token: string): Promise<number> {
  const response = await fetch(`${url}/consumer/v1/me`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return response.status;
}

describe('leaked credentials and suspension across nodes', () => {
  it('a token reported leaked through A is refused by B at the very next request', async () => {
    const app = await createApp(owner, { requireSecret: true });
    const found: string[] = [];
    for (let i = 0; i < ROUNDS; i += 1) {
      const tokens = await obtainTokens({ url: a.url }, owner, app, 'read');
      const before = await meStatus(b.url, tokens.access_token);
      const reported = await fetch(`${a.url}/oauth/credentials/revoke`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ credentials: [tokens.access_token] }),
      });
      const after = await meStatus(b.url, tokens.access_token);
      const seen = `${before} ${reported.status} ${after}`;
      if (seen !== '200 202 401') found.push(`round ${i}: ${seen}`);
    }
    expect(found).toEqual([]);
  });

  it('an app suspended on node 3 is refused by A and B at once', async () => {
    const app = await createApp(owner, { requireSecret: true });
    const atA = await obtainTokens({ url: a.url }, owner, app, 'read');
    const atB = await obtainTokens({ url: b.url }, owner.at(b.url), app, 'read');
    expect(await meStatus(b.url, atA.access_token)).toBe(200);

    await run(
      process.execPath,
      [
        '--import',
        '@oxc-node/core/register',
        'src/admin/cli.ts',
        'suspend-app',
        app.clientId,
        '--reason',
        'Abuse',
      ],
      {
        cwd: SERVER_DIR,
        env: {
          PATH: process.env.PATH ?? '',
          NODE_ENV: 'test',
          DATABASE_URL: database.nodeUrl(2),
          DATA_DIR: mkdtempSync(join(tmpdir(), 'bnder-cluster-admin-')),
        },
      },
    );
    expect(await meStatus(a.url, atB.access_token)).toBe(401);
    expect(await meStatus(b.url, atA.access_token)).toBe(401);
    const refresh = await postAsApp({ url: b.url }, app, '/oauth/token', {
      grant_type: 'refresh_token',
      refresh_token: atA.refresh_token,
    });
    expect(((await refresh.json()) as { error: string }).error).toBe('unauthorized_client');
  });
});
