import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pkcePair } from '../helpers/oauth.js';
import { useTestServer, type TestServer } from '../helpers/server.js';
import { LOOPBACK_REDIRECT, approveInBrowser, integration } from '../oauth/interop.js';
import { eventually, fetchJwks, kidOf, rotateSigningKeys } from './support.js';

const run = promisify(execFile);
const SOURCE = resolve(import.meta.dirname, 'clients/go-oidc/main.go');

let buildDir: string;
let binary: string;
beforeAll(async () => {
  // Debian's go-oidc and x/oauth2 are GOPATH packages, so GOPATH mode (no module proxy here).
  buildDir = await mkdtemp(join(tmpdir(), 'bnder-go-oidc-'));
  binary = join(buildDir, 'rp');
  await run('go', ['build', '-o', binary, SOURCE], {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: buildDir,
      GO111MODULE: 'off',
      GOPATH: '/usr/share/gocode',
      GOCACHE: join(tmpdir(), 'bnder-go-oidc-cache'),
    },
  });
}, 180_000);
afterAll(async () => rm(buildDir, { recursive: true, force: true }));

type Answer = { error?: string; claims?: Record<string, unknown>; [key: string]: unknown };

/** Runs the go-oidc relying party in one of its modes. */
async function goOidc(mode: 'exchange' | 'verify', args: Record<string, unknown>): Promise<Answer> {
  try {
    const { stdout } = await run(binary, [mode, JSON.stringify(args)]);
    return JSON.parse(stdout) as Answer;
  } catch (error) {
    const { stdout } = error as { stdout?: string };
    if (!stdout) throw error;
    return JSON.parse(stdout) as Answer;
  }
}

/** The user consents in the browser; go-oidc exchanges the code and verifies what it got. */
async function signIn(server: TestServer) {
  const { user, account, app } = await integration(server);
  const { verifier, challenge } = pkcePair();
  const nonce = randomBytes(16).toString('base64url');
  const link = new URL('/oauth/authorize', server.url);
  link.search = new URLSearchParams({
    response_type: 'code',
    client_id: app.clientId,
    redirect_uri: LOOPBACK_REDIRECT,
    scope: 'openid email read',
    state: 'go-state',
    nonce,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  }).toString();
  const callback = await approveInBrowser(user, link);
  const base = { issuer: server.config.publicUrl, client_id: app.clientId };
  const answer = await goOidc('exchange', {
    ...base,
    client_secret: app.clientSecret,
    redirect_uri: LOOPBACK_REDIRECT,
    code: callback.searchParams.get('code'),
    code_verifier: verifier,
    nonce,
  });
  return { account, app, base, nonce, answer };
}

describe('OpenID Connect with go-oidc', { timeout: 120_000 }, () => {
  const server = useTestServer();

  it('discovers the issuer, verifies the ID token and its at_hash, and reads userinfo', async () => {
    const { account, app, nonce, answer } = await signIn(server);
    expect(answer.error).toBeUndefined();
    expect(answer.claims).toMatchObject({
      iss: server.config.publicUrl,
      sub: account.id,
      aud: app.clientId,
      nonce,
      email: account.email,
      email_verified: false,
    });
    expect(answer.userinfo).toEqual({
      sub: account.id,
      email: account.email,
      email_verified: false,
    });
  });

  it('refuses an ID token meant for another client', async () => {
    const { answer, base } = await signIn(server);
    const refused = await goOidc('verify', {
      ...base,
      client_id: 'another-client',
      id_token: answer.id_token,
    });
    expect(refused.error).toMatch(/audience/);
  });

  it('verifies ID tokens signed before and after a key rotation', async () => {
    const before = await signIn(server);
    await rotateSigningKeys(server);
    let after = await signIn(server);
    await eventually(async () => {
      if (kidOf(String(after.answer.id_token)) !== kidOf(String(before.answer.id_token)))
        return true;
      after = await signIn(server);
      return false;
    }, 'an ID token signed with the new key');
    expect(after.answer.error).toBeUndefined();
    const old = await goOidc('verify', { ...before.base, id_token: before.answer.id_token });
    expect(old.error).toBeUndefined();
    expect(old.claims).toMatchObject({ sub: before.account.id });
  });
});

describe('go-oidc and short-lived ID tokens', { timeout: 120_000 }, () => {
  // Not 1 s: `exp` counts from `iat` in whole seconds, so a token issued late in a second had
  // almost no life left, and go-oidc's exchange, which verifies it at once, sometimes found it
  // expired already on a busy machine.
  const server = useTestServer({ ID_TOKEN_TTL: '3' });

  it('refuses an expired ID token, and one whose signing key was removed', async () => {
    const { base, answer } = await signIn(server);
    const idToken = String(answer.id_token);
    const issuedAt = Number((answer.claims ?? {}).iat);
    let expired: Answer = {};
    await eventually(async () => {
      expired = await goOidc('verify', { ...base, id_token: idToken });
      return expired.error !== undefined;
    }, 'the ID token expired');
    expect(expired.error).toMatch(/expired/);

    await rotateSigningKeys(server);
    await eventually(
      async () => !(await fetchJwks(server)).keys.some((k) => k.kid === kidOf(idToken)),
      'the retired key left the JWKS',
    );
    // As of its own issue time, so only the missing key can make it fail.
    const removed = await goOidc('verify', { ...base, id_token: idToken, now: issuedAt });
    expect(removed.error).toMatch(/verify signature/);
  });
});
