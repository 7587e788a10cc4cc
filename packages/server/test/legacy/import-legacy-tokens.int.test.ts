import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 as digest, sha256Hex } from '../../src/crypto/tokens.js';
import { connectApp, rest, signedInUser, type Connection } from '../api/rest.js';
import type { TestClient } from '../helpers/client.js';
import { createApp, obtainTokens, type TestApp } from '../helpers/oauth.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

const run = promisify(execFile);
const SERVER_DIR = resolve(import.meta.dirname, '../..');

let server: TestServer;
let cliDir: string;
let workDir: string;

beforeAll(async () => {
  server = await startTestServer();
  // The command as users run it: compiled by the build, started as its own process.
  mkdirSync(join(SERVER_DIR, 'node_modules/.cache'), { recursive: true });
  cliDir = mkdtempSync(join(SERVER_DIR, 'node_modules/.cache/admin-cli-'));
  await run('npx', ['tsc', '-p', 'tsconfig.build.json', '--outDir', cliDir], { cwd: SERVER_DIR });
  workDir = mkdtempSync(join(SERVER_DIR, 'node_modules/.cache/legacy-files-'));
}, 120_000);
afterAll(async () => {
  rmSync(cliDir, { recursive: true, force: true });
  rmSync(workDir, { recursive: true, force: true });
  await server.close();
});

/** Runs `import-legacy-tokens FILE` with FILE relative to INIT_CWD, as `pnpm admin` does. */
async function importFile(
  lines: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  const name = `tokens-${randomBytes(4).toString('hex')}.jsonl`;
  writeFileSync(join(workDir, name), lines.join('\n') + '\n');
  const env = {
    PATH: process.env.PATH ?? '',
    INIT_CWD: workDir,
    DATABASE_URL: server.config.databaseUrl,
    SECRET_KEY: server.config.secretKey.toString('base64'),
  };
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      [join(cliDir, 'admin/cli.js'), 'import-legacy-tokens', name],
      { cwd: SERVER_DIR, env },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

function legacyLine(
  app: TestApp,
  user: { email: string },
  overrides: Record<string, unknown> = {},
): { token: string; line: string } {
  const token = (overrides.token as string | undefined) ?? `old_${randomBytes(16).toString('hex')}`;
  const line = JSON.stringify({
    token,
    client_id: app.clientId,
    user_email: user.email.toUpperCase(),
    scope: 'notes:write admin',
    expires_at: new Date(Date.now() + 86_400_000).toISOString(),
    ...overrides,
  });
  return { token, line };
}

const LIST = `{ authorizedOAuthApps { clientId scopes legacy lastUsedAt } }`;
async function listed(user: TestClient, clientId: string) {
  const result = await user.gql<{
    authorizedOAuthApps: {
      clientId: string;
      scopes: string[];
      legacy: boolean;
      lastUsedAt: string | null;
    }[];
  }>(LIST);
  const found = result.data?.authorizedOAuthApps.find((a) => a.clientId === clientId);
  if (!found) return undefined;
  const { lastUsedAt: _lastUsedAt, ...entry } = found;
  return entry;
}

/** A user of the old system: signed up, but never authorized the app here. */
async function legacyUserOf(): Promise<{
  owner: TestClient;
  app: TestApp;
  user: Connection['user'];
}> {
  const owner = await signedInUser(server, 'Legacy Owner');
  const app = await createApp(owner, { requireSecret: false, name: 'Old Integration' });
  return { owner, app, user: await signedInUser(server, 'Legacy User') };
}

describe('pnpm admin import-legacy-tokens', () => {
  it('refuses a file with one bad line whole, naming each bad line, printing no token', async () => {
    const { app, user } = await legacyUserOf();
    const good = legacyLine(app, user);
    const unknownClient = legacyLine(app, user, { client_id: 'no-such-client' });
    const unknownUser = legacyLine(app, user, { user_email: 'nobody@example.test' });
    const badDate = legacyLine(app, user, { expires_at: 'someday' });
    const result = await importFile([
      good.line,
      unknownClient.line,
      '{oops',
      unknownUser.line,
      badDate.line,
    ]);

    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    const errors = result.stderr.trim().split('\n');
    expect(errors).toEqual([
      expect.stringMatching(/^line 2: .*client_id "no-such-client"/),
      expect.stringMatching(/^line 3: not valid JSON/),
      expect.stringMatching(/^line 4: .*nobody@example\.test/),
      expect.stringMatching(/^line 5: expires_at/),
      expect.stringMatching(/^Nothing imported: 4 bad lines/),
    ]);
    for (const { token } of [good, unknownClient, unknownUser, badDate]) {
      expect(result.stderr).not.toContain(token);
      expect((await rest(server, token, 'GET', '/me')).status).toBe(401);
    }
    expect(await listed(user, app.clientId)).toBeUndefined();
  });

  it('imports a good file, storing only hashes, and the tokens act as read only', async () => {
    const { app, user } = await legacyUserOf();
    const first = legacyLine(app, user);
    const second = legacyLine(app, user, { scope: 'write delete everything' });
    const result = await importFile([first.line, second.line]);

    expect(result).toMatchObject({ code: 0, stdout: 'Imported 2 legacy tokens\n', stderr: '' });
    const stored = (await server.db.query(
      `SELECT LOWER(HEX(token_hash)) AS token_hash, kind, scope, grant_id
         FROM oauth_tokens WHERE token_hash IN (?, ?, ?)`,
      [digest(first.token), Buffer.from(first.token), digest(second.token)],
    )) as { token_hash: string; kind: string; scope: string; grant_id: string }[];
    expect(stored.map((r) => r.token_hash).sort()).toEqual(
      [sha256Hex(first.token), sha256Hex(second.token)].sort(),
    );
    for (const row of stored) {
      expect(row.kind).toBe('access');
      expect(row.grant_id).toMatch(/^legacy:/);
    }
    expect(stored.map((r) => r.scope).sort()).toEqual([
      'notes:write admin',
      'write delete everything',
    ]);

    for (const { token } of [first, second]) {
      const me = await rest(server, token, 'GET', '/me');
      expect(me.status).toBe(200);
      expect(me.body).toMatchObject({ id: user.id });
      const write = await rest(server, token, 'POST', '/notes', { title: 'Not allowed' });
      expect(write.status).toBe(403);
      expect(write.headers.get('www-authenticate')).toBe(
        `Bearer error="insufficient_scope", scope="write", resource_metadata="${server.url}/.well-known/oauth-protected-resource/consumer/v1"`,
      );
    }
    expect(await listed(user, app.clientId)).toEqual({
      clientId: app.clientId,
      scopes: ['read'],
      legacy: true,
    });
  });

  it('shows the imported app as unused until its token calls the API', async () => {
    const { app, user } = await legacyUserOf();
    const legacy = legacyLine(app, user);
    expect((await importFile([legacy.line])).code).toBe(0);
    const lastUsed = async () => {
      const result = await user.gql<{
        authorizedOAuthApps: { clientId: string; lastUsedAt: string | null }[];
      }>(LIST);
      return result.data?.authorizedOAuthApps.find((a) => a.clientId === app.clientId)?.lastUsedAt;
    };
    expect(await lastUsed()).toBeNull();
    expect((await rest(server, legacy.token, 'GET', '/me')).status).toBe(200);
    await expect.poll(lastUsed).toEqual(expect.any(String));
  });

  it('refuses to import a token that is already stored', async () => {
    const { app, user } = await legacyUserOf();
    const token = legacyLine(app, user);
    expect((await importFile([token.line])).code).toBe(0);
    const again = await importFile([legacyLine(app, user).line, token.line]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^line 2: the token is already stored$/m);
  });

  it('refuses a token repeated within the file', async () => {
    const { app, user } = await legacyUserOf();
    const token = legacyLine(app, user);
    const result = await importFile([token.line, token.line]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^line 2: the same token as line 1$/m);
    expect((await rest(server, token.token, 'GET', '/me')).status).toBe(401);
  });

  it('leaves an existing explicit authorization as it is', async () => {
    const { app, user } = await connectApp(server, 'read write');
    const legacy = legacyLine(app, user);
    expect((await importFile([legacy.line])).code).toBe(0);
    expect(await listed(user, app.clientId)).toMatchObject({
      scopes: ['read', 'write'],
      legacy: false,
    });
    const write = await rest(server, legacy.token, 'POST', '/notes', { title: 'No' });
    expect(write.status).toBe(403);
  });

  it('stays read-only after the user authorizes the app again with explicit scopes', async () => {
    const { app, user } = await legacyUserOf();
    const legacy = legacyLine(app, user);
    expect((await importFile([legacy.line])).code).toBe(0);

    const fresh = await obtainTokens(server, user, app, 'read write');
    expect(fresh.scope.split(' ').sort()).toEqual(['read', 'write']);
    const created = await rest(server, fresh.access_token, 'POST', '/notes', {
      title: 'Now allowed',
    });
    expect(created.status).toBe(201);
    expect(await listed(user, app.clientId)).toEqual({
      clientId: app.clientId,
      scopes: ['read', 'write'],
      legacy: false,
    });

    expect((await rest(server, legacy.token, 'GET', '/me')).status).toBe(200);
    const write = await rest(server, legacy.token, 'POST', '/notes', { title: 'Still not' });
    expect(write.status).toBe(403);
    expect(write.body).toMatchObject({ error: 'insufficient_scope' });
  });

  it('stops a legacy token when the user revokes the app', async () => {
    const { app, user } = await legacyUserOf();
    const legacy = legacyLine(app, user);
    expect((await importFile([legacy.line])).code).toBe(0);
    await user.gql(`mutation($c: String!) { revokeAuthorizedOAuthApp(clientId: $c) }`, {
      c: app.clientId,
    });
    expect((await rest(server, legacy.token, 'GET', '/me')).status).toBe(401);
  });

  it('skips tokens that have already expired, and says so', async () => {
    const { app, user } = await legacyUserOf();
    const live = legacyLine(app, user);
    const expired = legacyLine(app, user, { expires_at: '2020-01-01T00:00:00Z' });
    const result = await importFile([live.line, expired.line]);
    expect(result).toMatchObject({
      code: 0,
      stdout: 'Imported 1 legacy tokens (skipped 1 already expired)\n',
    });
    expect((await rest(server, live.token, 'GET', '/me')).status).toBe(200);
    expect((await rest(server, expired.token, 'GET', '/me')).status).toBe(401);
  });
});
