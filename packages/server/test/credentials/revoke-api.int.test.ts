import { describe, expect, it } from 'vitest';
import { TestClient, signUp } from '../helpers/client.js';
import { rest } from '../api/rest.js';
import { DEFAULT_REDIRECT_URI, createApp, obtainTokens, type TestApp } from '../helpers/oauth.js';
import { useTestServer } from '../helpers/server.js';
import { activityOf, introspect, post, viewerWith } from '../oauth/support.js';
import { appPage, authorizedEntry, reportCredentials } from './support.js';

const server = useTestServer();

async function ownerWithTokens(requireSecret = true) {
  const owner = new TestClient(server.url);
  await signUp(owner, 'Olive Owner');
  const app = await createApp(owner, { requireSecret });
  const tokens = await obtainTokens(server, owner, app, 'read');
  return { owner, app, tokens };
}

describe('POST /oauth/credentials/revoke', () => {
  it('revokes a leaked access token with its grant, and answers 202 with nothing to read', async () => {
    const { owner, app, tokens } = await ownerWithTokens();
    const other = await obtainTokens(server, owner, app, 'read');

    const answer = await reportCredentials(server, { credentials: [tokens.access_token] });
    expect(answer.status).toBe(202);
    expect(answer.text).toBe('');

    expect((await viewerWith(server, tokens.access_token)).status).toBe(401);
    const refreshed = await post(server, app, '/oauth/token', {
      grant_type: 'refresh_token',
      refresh_token: tokens.refresh_token,
    });
    expect(refreshed.body.error).toBe('invalid_grant');
    // Another sign-in of the same user with the same app is another grant: it keeps working.
    expect((await viewerWith(server, other.access_token)).status).toBe(200);
    expect((await authorizedEntry(owner, app.clientId))?.tokenLeakedAt).toEqual(expect.any(String));
  });

  it('revokes a leaked refresh token with its access tokens', async () => {
    const { tokens } = await ownerWithTokens(false);
    expect((await reportCredentials(server, { credentials: [tokens.refresh_token] })).status).toBe(
      202,
    );
    expect((await viewerWith(server, tokens.access_token)).status).toBe(401);
  });

  it('answers the same 202 for junk and unknown strings, and changes nothing', async () => {
    const { owner, app, tokens } = await ownerWithTokens();
    const junk = [
      'bnd_at_nope',
      'bnd_rt_nope',
      'bnd_cs_nope',
      'bnd_dc_nope',
      'hello',
      'x'.repeat(512),
    ];
    const answer = await reportCredentials(server, { credentials: junk });
    expect(answer.status).toBe(202);
    expect(answer.text).toBe('');
    expect((await viewerWith(server, tokens.access_token)).status).toBe(200);
    expect(await introspect(server, app, tokens.refresh_token)).toMatchObject({ active: true });
    expect((await appPage(owner, app.clientId)).secretLeakedAt).toBeNull();
    expect((await authorizedEntry(owner, app.clientId))?.tokenLeakedAt).toBeNull();
  });

  it('marks the app of a leaked client secret, warns its owner, and leaves the secret working', async () => {
    const { owner, app, tokens } = await ownerWithTokens();
    const answer = await reportCredentials(server, { credentials: [app.clientSecret] });
    expect(answer.status).toBe(202);
    const page = await appPage(owner, app.clientId);
    expect(page.secretLeakedAt).toEqual(expect.any(String));
    expect(page.secretLeakUrl).toBeNull();
    expect(await activityOf(owner, app)).toContain('SECRET_REPORTED_LEAKED');
    // Rotating is the owner's call unless they turned on rotate_secret_on_leak.
    expect(await introspect(server, app, tokens.access_token)).toMatchObject({ active: true });
  });

  it('rotates the secret of an app created over REST with rotate_secret_on_leak', async () => {
    const owner = new TestClient(server.url);
    await signUp(owner, 'Olive Owner');
    const created = await rest(
      server,
      owner,
      'POST',
      '/oauth/clients',
      {
        name: 'Auto rotating',
        redirect_uris: [DEFAULT_REDIRECT_URI],
        require_secret: true,
        rotate_secret_on_leak: true,
      },
      { origin: server.url },
    );
    expect(created.body).toMatchObject({ rotate_secret_on_leak: true });
    const app: TestApp = {
      clientId: String(created.body.client_id),
      clientSecret: String(created.body.client_secret),
      redirectUris: [DEFAULT_REDIRECT_URI],
      requireSecret: true,
    };
    const tokens = await obtainTokens(server, owner, app, 'read');

    expect((await reportCredentials(server, { credentials: [app.clientSecret] })).status).toBe(202);
    const refused = await post(server, app, '/oauth/introspect', { token: tokens.access_token });
    expect(refused.body.error).toBe('invalid_client');
    expect((await viewerWith(server, tokens.access_token)).status).toBe(401);
    const after = await rest(server, owner, 'GET', `/oauth/clients/${app.clientId}`);
    // The new secret has not leaked: no warning stays, the log tells what happened.
    expect(after.body).toMatchObject({ secret_leaked_at: null, rotate_secret_on_leak: true });
    expect((await activityOf(owner, app)).slice(0, 2)).toEqual([
      'SECRET_ROTATED_ON_LEAK',
      'SECRET_REPORTED_LEAKED',
    ]);
  });

  it.each([
    ['no credentials field', {}],
    ['an empty list', { credentials: [] }],
    ['a non-string', { credentials: ['bnd_at_x', 42] }],
    ['more than 1,000 strings', { credentials: Array.from({ length: 1001 }, (_, i) => `s${i}`) }],
  ])('refuses %s with 400 and the usual error shape', async (_label, body) => {
    const answer = await reportCredentials(server, body);
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.text)).toMatchObject({
      error: 'invalid_request',
      error_description: expect.any(String),
    });
  });

  it('refuses a body that is not JSON with 400', async () => {
    const response = await fetch(new URL('/oauth/credentials/revoke', server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"credentials": [',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid_request' });
  });

  it('never writes a reported credential to the log', async () => {
    const { app, tokens } = await ownerWithTokens();
    const reported = [
      tokens.access_token,
      tokens.refresh_token,
      app.clientSecret ?? '',
      'bnd_at_guess',
    ];
    await reportCredentials(server, { credentials: reported });
    await reportCredentials(server, { credentials: [...reported, 7] });
    const log = server.logs.join('');
    expect(log).toContain('/oauth/credentials/revoke');
    for (const credential of reported) expect(log).not.toContain(credential);
  });
});

describe('the revocation API rate limit', () => {
  const limited = useTestServer({ RATE_LIMIT_CREDENTIALS: '2/600' });

  it('answers 429 with Retry-After once a client address is over the limit', async () => {
    for (let i = 0; i < 2; i += 1)
      expect((await reportCredentials(limited, { credentials: ['bnd_at_x'] })).status).toBe(202);
    const over = await reportCredentials(limited, { credentials: ['bnd_at_x'] });
    expect(over.status).toBe(429);
    expect(over.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(JSON.parse(over.text)).toMatchObject({ error: 'too_many_requests' });
  });
});
