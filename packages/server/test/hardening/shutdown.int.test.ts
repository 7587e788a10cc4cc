import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PASSWORD, SIGN_UP, uniqueEmail } from '../helpers/client.js';
import { startServerProcess } from '../helpers/server-process.js';

describe('on SIGTERM', () => {
  it('finishes the request in flight, then exits 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bnder-shutdown-'));
    // A real bcrypt cost makes the sign-up slow enough to still be running at SIGTERM.
    const server = await startServerProcess({
      DATABASE_URL: `sqlite:${join(dir, 'db.sqlite')}`,
      DATA_DIR: dir,
      BCRYPT_COST: '13',
    });
    const inFlight = fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: SIGN_UP,
        variables: { input: { email: uniqueEmail(), password: PASSWORD, displayName: 'Late' } },
      }),
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const exitCode = server.stop('SIGTERM');

    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(
      ((await response.json()) as { data: { signUp: { email: string } } }).data.signUp.email,
    ).toMatch(/@example\.test$/);
    expect(await exitCode).toBe(0);
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
  });

  it('refuses to start with one clear line when a setting is bad', async () => {
    await expect(startServerProcess({ DATABASE_URL: 'postgres://nope' })).rejects.toThrow(
      /Invalid setting DATABASE_URL: must be sqlite:PATH or mysql:/,
    );
  });
});
