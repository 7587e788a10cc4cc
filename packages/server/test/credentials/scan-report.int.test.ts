import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, signUp } from '../helpers/client.js';
import { createApp, obtainTokens } from '../helpers/oauth.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { activityOf, introspect, post, viewerWith } from '../oauth/support.js';
import { appPage } from './support.js';

const KEY_ID = 'code-host-key-1';
const hostKey = generateKeyPairSync('ec', { namedCurve: 'P-256' });
/** A key the server does not know, used to forge a signature under the known key's id. */
const strangerKey = generateKeyPairSync('ec', { namedCurve: 'P-256' });

let server: TestServer;
let keysDir: string;
beforeAll(async () => {
  keysDir = mkdtempSync(join(tmpdir(), 'bnder-scan-keys-'));
  const file = join(keysDir, 'keys.json');
  const pem = hostKey.publicKey.export({ type: 'spki', format: 'pem' }).toString();
  writeFileSync(file, JSON.stringify({ public_keys: [{ key_identifier: KEY_ID, key: pem }] }));
  server = await startTestServer({ SECRET_SCANNING_KEYS: file });
});
afterAll(async () => {
  await server.close();
  rmSync(keysDir, { recursive: true, force: true });
});

type Match = { token: string; type: string; url?: string; source: string };

/** Signs the raw body as a code host does: ECDSA P-256 SHA-256, base64 DER. */
function signed(body: string, key: KeyObject = hostKey.privateKey): string {
  return sign('sha256', Buffer.from(body), { key, dsaEncoding: 'der' }).toString('base64');
}

async function sendReport(body: string, headers: Record<string, string>) {
  const response = await fetch(new URL('/oauth/credentials/scan-report', server.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  const text = await response.text();
  return { status: response.status, body: text === '' ? null : (JSON.parse(text) as unknown) };
}

const report = (matches: Match[]) => {
  const body = JSON.stringify(matches);
  return sendReport(body, {
    'Github-Public-Key-Identifier': KEY_ID,
    'Github-Public-Key-Signature': signed(body),
  });
};

async function ownerWithTokens(options: { rotateSecretOnLeak?: boolean } = {}) {
  const owner = new TestClient(server.url);
  await signUp(owner, 'Olive Owner');
  const app = await createApp(owner, { requireSecret: true });
  if (options.rotateSecretOnLeak) {
    const switched = await owner.gql(
      'mutation($id: String!) { updateOAuthApp(clientId: $id, input: { rotateSecretOnLeak: true }) { rotateSecretOnLeak } }',
      { id: app.clientId },
    );
    expect(switched.data).toEqual({ updateOAuthApp: { rotateSecretOnLeak: true } });
  }
  const tokens = await obtainTokens(server, owner, app, 'read');
  return { owner, app, tokens };
}

const sha256Hex = (value: string) => createHash('sha256').update(value).digest('hex');

describe('POST /oauth/credentials/scan-report (secret-scanning partner format)', () => {
  it('acts on a signed report and labels each match true or false positive', async () => {
    const { owner, app, tokens } = await ownerWithTokens();
    const url = 'https://code.example.test/someone/repo/blob/main/.env';
    const answer = await report([
      { token: tokens.access_token, type: 'bnder_access_token', url, source: 'content' },
      { token: app.clientSecret ?? '', type: 'bnder_client_secret', url, source: 'commit' },
      { token: 'bnd_rt_not_a_real_one', type: 'bnder_refresh_token', source: 'content' },
    ]);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual([
      {
        token_hash: sha256Hex(tokens.access_token),
        token_type: 'bnder_access_token',
        label: 'true_positive',
      },
      {
        token_hash: sha256Hex(app.clientSecret ?? ''),
        token_type: 'bnder_client_secret',
        label: 'true_positive',
      },
      {
        token_hash: sha256Hex('bnd_rt_not_a_real_one'),
        token_type: 'bnder_refresh_token',
        label: 'false_positive',
      },
    ]);
    expect((await viewerWith(server, tokens.access_token)).status).toBe(401);
    const page = await appPage(owner, app.clientId);
    expect(page.secretLeakedAt).toEqual(expect.any(String));
    expect(page.secretLeakUrl).toBe(url);
  });

  it.each([
    [
      'a body changed after signing',
      (body: string) => ({
        body: body.replace('content', 'contentX'),
        headers: {
          'Github-Public-Key-Identifier': KEY_ID,
          'Github-Public-Key-Signature': signed(body),
        },
      }),
      401,
    ],
    [
      'a signature by another key',
      (body: string) => ({
        body,
        headers: {
          'Github-Public-Key-Identifier': KEY_ID,
          'Github-Public-Key-Signature': signed(body, strangerKey.privateKey),
        },
      }),
      401,
    ],
    [
      'an unknown key id',
      (body: string) => ({
        body,
        headers: {
          'Github-Public-Key-Identifier': 'other-key',
          'Github-Public-Key-Signature': signed(body),
        },
      }),
      401,
    ],
    [
      'no key id',
      (body: string) => ({ body, headers: { 'Github-Public-Key-Signature': signed(body) } }),
      400,
    ],
    [
      'no signature',
      (body: string) => ({ body, headers: { 'Github-Public-Key-Identifier': KEY_ID } }),
      400,
    ],
  ])('refuses %s and revokes nothing', async (_label, tamper, status) => {
    const { owner, app, tokens } = await ownerWithTokens();
    const body = JSON.stringify([
      {
        token: tokens.refresh_token,
        type: 'bnder_refresh_token',
        url: 'https://x.test/',
        source: 'content',
      },
      {
        token: app.clientSecret,
        type: 'bnder_client_secret',
        url: 'https://x.test/',
        source: 'content',
      },
    ]);
    const sent = tamper(body);
    const answer = await sendReport(sent.body, sent.headers);
    expect(answer.status).toBe(status);
    expect(answer.body).toMatchObject({
      error: expect.any(String),
      error_description: expect.any(String),
    });
    expect((await viewerWith(server, tokens.access_token)).status).toBe(200);
    expect(await introspect(server, app, tokens.refresh_token)).toMatchObject({ active: true });
    expect((await appPage(owner, app.clientId)).secretLeakedAt).toBeNull();
  });

  it('rotates a reported secret at once when the owner turned that on', async () => {
    const { owner, app, tokens } = await ownerWithTokens({ rotateSecretOnLeak: true });
    const answer = await report([
      {
        token: app.clientSecret ?? '',
        type: 'bnder_client_secret',
        url: 'https://x.test/a',
        source: 'content',
      },
    ]);
    expect(answer.body).toMatchObject([{ label: 'true_positive' }]);
    // The old secret no longer authenticates, and the app's sessions were signed out.
    const refused = await post(server, app, '/oauth/token', {
      grant_type: 'refresh_token',
      refresh_token: tokens.refresh_token,
    });
    expect(refused.status).toBe(401);
    expect(refused.body.error).toBe('invalid_client');
    expect((await viewerWith(server, tokens.access_token)).status).toBe(401);
    const log = await activityOf(owner, app);
    expect(log.slice(0, 2)).toEqual(['SECRET_ROTATED_ON_LEAK', 'SECRET_REPORTED_LEAKED']);
  });

  it('never writes a reported token to the log', async () => {
    const { app, tokens } = await ownerWithTokens();
    await report([
      { token: tokens.access_token, type: 'a', source: 'content' },
      { token: app.clientSecret ?? '', type: 'b', source: 'content' },
    ]);
    const log = server.logs.join('');
    expect(log).toContain('/oauth/credentials/scan-report');
    expect(log).not.toContain(tokens.access_token);
    expect(log).not.toContain(app.clientSecret);
  });
});

describe('without SECRET_SCANNING_KEYS', () => {
  it('has no partner endpoint (404)', async () => {
    const plain = await startTestServer();
    try {
      const response = await fetch(new URL('/oauth/credentials/scan-report', plain.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '[]',
      });
      expect(response.status).toBe(404);
    } finally {
      await plain.close();
    }
  });
});
