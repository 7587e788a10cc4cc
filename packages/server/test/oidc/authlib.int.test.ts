import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTestServer, type TestServer } from '../helpers/server.js';
import { LOOPBACK_REDIRECT, approveInBrowser, integration } from '../oauth/interop.js';
import { eventually, fetchJwks, kidOf, rotateSigningKeys } from './support.js';

const SCRIPT = resolve(import.meta.dirname, 'clients/authlib_oidc.py');

type Answer = Record<string, unknown> & { error?: string; message?: string };

/** Runs the Authlib relying party (Debian's python3 and python3-authlib) in one of its modes. */
function authlib(mode: 'start' | 'finish' | 'verify', args: Record<string, unknown>) {
  return new Promise<Answer>((done, fail) => {
    execFile(
      '/usr/bin/python3',
      [SCRIPT, mode, JSON.stringify(args)],
      // Plain http on loopback, which oauthlib otherwise refuses.
      { env: { PATH: process.env.PATH ?? '', OAUTHLIB_INSECURE_TRANSPORT: '1' } },
      (error, stdout, stderr) => {
        try {
          done(JSON.parse(stdout) as Answer);
        } catch {
          fail(new Error(`authlib ${mode} failed: ${String(error)} ${stderr}`));
        }
      },
    );
  });
}

/** The whole sign-in with Authlib: it builds the link, the user consents, it validates. */
async function signIn(server: TestServer) {
  const { user, account, app } = await integration(server);
  const base = { issuer: server.config.publicUrl, client_id: app.clientId };
  const started = await authlib('start', {
    ...base,
    redirect_uri: LOOPBACK_REDIRECT,
    scope: 'openid profile email read',
  });
  if (started.error) throw new Error(`authlib start: ${started.error} ${started.message}`);
  const callback = await approveInBrowser(user, String(started.url));
  const finished = await authlib('finish', {
    ...base,
    client_secret: app.clientSecret,
    redirect_uri: LOOPBACK_REDIRECT,
    state: started.state,
    nonce: started.nonce,
    code_verifier: started.code_verifier,
    callback: callback.toString(),
  });
  return { account, app, base, nonce: String(started.nonce), finished };
}

describe('OpenID Connect with Authlib', { timeout: 120_000 }, () => {
  const server = useTestServer();

  it('validates discovery, the ID token (signature, nonce, at_hash, auth_time) and userinfo', async () => {
    const { account, app, nonce, finished } = await signIn(server);
    expect(finished.error).toBeUndefined();
    expect(finished.claims).toMatchObject({
      iss: server.config.publicUrl,
      sub: account.id,
      aud: app.clientId,
      nonce,
      name: 'Interop User',
      email: account.email,
      email_verified: false,
    });
    expect(finished.claims).toHaveProperty('auth_time');
    expect(finished.claims).toHaveProperty('at_hash');
    expect(finished.userinfo).toEqual({
      sub: account.id,
      name: 'Interop User',
      email: account.email,
      email_verified: false,
    });
  });

  it('rejects the ID token against another nonce', async () => {
    const { base, finished } = await signIn(server);
    const refused = await authlib('verify', {
      ...base,
      id_token: finished.id_token,
      nonce: 'another-nonce',
    });
    expect(refused.error).toBe('InvalidClaimError');
    expect(refused.message).toMatch(/nonce/);
  });

  it('verifies ID tokens signed before and after a key rotation', async () => {
    const before = await signIn(server);
    await rotateSigningKeys(server);
    let after = await signIn(server);
    await eventually(async () => {
      if (kidOf(String(after.finished.id_token)) !== kidOf(String(before.finished.id_token)))
        return true;
      after = await signIn(server);
      return false;
    }, 'an ID token signed with the new key');
    expect(after.finished.error).toBeUndefined();
    const old = await authlib('verify', {
      ...before.base,
      id_token: before.finished.id_token,
      nonce: before.nonce,
    });
    expect(old.error).toBeUndefined();
    expect(old.claims).toMatchObject({ sub: before.account.id });
  });
});

describe('Authlib and short-lived ID tokens', { timeout: 120_000 }, () => {
  const server = useTestServer({ ID_TOKEN_TTL: '1' });

  it('rejects an expired ID token, then one signed by a key that was removed', async () => {
    const { base, nonce, finished } = await signIn(server);
    const idToken = String(finished.id_token);
    let expired: Answer = {};
    await eventually(async () => {
      expired = await authlib('verify', { ...base, id_token: idToken, nonce });
      return expired.error !== undefined;
    }, 'the ID token expired');
    expect(expired.error).toBe('ExpiredTokenError');

    await rotateSigningKeys(server);
    await eventually(
      async () => !(await fetchJwks(server)).keys.some((k) => k.kid === kidOf(idToken)),
      'the retired key left the JWKS',
    );
    const removed = await authlib('verify', { ...base, id_token: idToken, nonce });
    // Authlib looks the key up by kid before it reads any claim.
    expect(removed).toMatchObject({ error: 'ValueError', message: 'Invalid JSON Web Key Set' });
  });
});
