import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { startTestServer, useTestServer } from '../helpers/server.js';
import {
  anotherDeviceApp,
  deviceCodes,
  ownerWithDeviceApp,
  setDeviceFlow,
  startDevice,
} from './device-support.js';
import { basic, post, postRaw, userWithApp } from './support.js';

const server = useTestServer();

const USER_CODE = /^[BCDFGHJKLMNPQRSTVWXZ]{4}-[BCDFGHJKLMNPQRSTVWXZ]{4}$/;

describe('POST /oauth/device_authorization', () => {
  it('answers the codes, the verification URIs, 15 minutes and a 5-second interval', async () => {
    const { app } = await ownerWithDeviceApp(server);
    const started = await startDevice(server, app, 'read write');
    expect(started.status).toBe(200);
    expect(started.headers.get('cache-control')).toBe('no-store');
    const userCode = String(started.body.user_code);
    expect(started.body).toEqual({
      device_code: expect.stringMatching(/^bnd_dc_[A-Za-z0-9_-]{43}$/),
      user_code: expect.stringMatching(USER_CODE),
      verification_uri: `${server.config.publicUrl}/device`,
      verification_uri_complete: `${server.config.publicUrl}/device?user_code=${userCode}`,
      expires_in: 900,
      interval: 5,
    });
  });

  it('gives every request its own codes', async () => {
    const { app } = await ownerWithDeviceApp(server);
    const first = await deviceCodes(server, app);
    const second = await deviceCodes(server, app);
    expect(second.device_code).not.toBe(first.device_code);
    expect(second.user_code).not.toBe(first.user_code);
  });

  it('stores only the SHA-256 of the device code and of the user code', async () => {
    const { app } = await ownerWithDeviceApp(server);
    const codes = await deviceCodes(server, app);
    const sha = (value: string) => createHash('sha256').update(value).digest('hex');
    const rows = (await server.db.query(
      'SELECT * FROM oauth_device_authorizations WHERE device_code_hash = ?',
      [sha(codes.device_code)],
    )) as Record<string, unknown>[];
    expect(rows).toHaveLength(1);
    expect(rows[0]?.user_code_hash).toBe(sha(codes.user_code.replace('-', '')));
    const stored = JSON.stringify(rows);
    expect(stored).not.toContain(codes.device_code);
    expect(stored).not.toContain(codes.user_code.replace('-', ''));
  });

  it.each([
    ['no scope', {}, /scope is required/],
    ['an empty scope', { scope: '' }, /scope is required/],
    ['an unknown scope', { scope: 'read admin' }, /unknown scope: admin/],
  ])('refuses %s with invalid_scope: nothing defaults', async (_label, params, message) => {
    const { app } = await ownerWithDeviceApp(server);
    const refused = await post(server, app, '/oauth/device_authorization', params);
    expect(refused.status).toBe(400);
    expect(refused.body.error).toBe('invalid_scope');
    expect(String(refused.body.error_description)).toMatch(message);
  });

  it('is off by default: unauthorized_client until the owner allows the device flow', async () => {
    const { client, app } = await userWithApp(server, { requireSecret: false });
    const refused = await startDevice(server, app);
    expect(refused.status).toBe(400);
    expect(refused.body.error).toBe('unauthorized_client');
    await setDeviceFlow(client, app, true);
    expect((await startDevice(server, app)).status).toBe(200);
    await setDeviceFlow(client, app, false);
    expect((await startDevice(server, app)).body.error).toBe('unauthorized_client');
  });

  it('makes a confidential app authenticate as at the token endpoint', async () => {
    const { app } = await ownerWithDeviceApp(server, { requireSecret: true });
    expect((await startDevice(server, app)).status).toBe(200);
    const path = '/oauth/device_authorization';
    const noSecret = await postRaw(server, path, `client_id=${app.clientId}&scope=read`);
    expect(noSecret.status).toBe(401);
    expect(noSecret.body.error).toBe('invalid_client');
    const wrong = await postRaw(server, path, 'scope=read', {
      authorization: basic(app.clientId, 'bnd_cs_wrong'),
    });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('www-authenticate')).toMatch(/^Basic/);
    const posted = await postRaw(
      server,
      path,
      `client_id=${app.clientId}&client_secret=${encodeURIComponent(app.clientSecret ?? '')}&scope=read`,
    );
    expect(posted.status).toBe(200);
  });

  it('refuses a client secret in the query string', async () => {
    const { app } = await ownerWithDeviceApp(server, { requireSecret: true });
    const secret = encodeURIComponent(app.clientSecret ?? '');
    const refused = await postRaw(
      server,
      `/oauth/device_authorization?client_secret=${secret}`,
      `client_id=${app.clientId}&scope=read`,
    );
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ error: 'invalid_request' });
    expect(String(refused.body.error_description)).toMatch(/query string/);
  });

  it('refuses a secret from a public app and an unknown client', async () => {
    const { app } = await ownerWithDeviceApp(server);
    const path = '/oauth/device_authorization';
    const withSecret = await postRaw(
      server,
      path,
      `client_id=${app.clientId}&client_secret=x&scope=read`,
    );
    expect(withSecret.body.error).toBe('invalid_client');
    const unknown = await postRaw(server, path, 'client_id=nobody&scope=read');
    expect(unknown.status).toBe(401);
    expect(unknown.body.error).toBe('invalid_client');
  });

  it('answers CORS for any origin, as the token endpoint does', async () => {
    const { app } = await ownerWithDeviceApp(server);
    const response = await fetch(new URL('/oauth/device_authorization', server.url), {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'https://cli.example',
      },
      body: `client_id=${app.clientId}&scope=read`,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
  });
});

describe('device authorization settings', () => {
  it('takes DEVICE_CODE_TTL and DEVICE_POLL_INTERVAL from the configuration', async () => {
    const configured = await startTestServer({ DEVICE_CODE_TTL: '120', DEVICE_POLL_INTERVAL: '7' });
    try {
      const { app } = await ownerWithDeviceApp(configured);
      const codes = await deviceCodes(configured, app);
      expect(codes.expires_in).toBe(120);
      expect(codes.interval).toBe(7);
    } finally {
      await configured.close();
    }
  });

  it('limits device requests per client', async () => {
    const limited = await startTestServer({ RATE_LIMIT_DEVICE: '2/60' });
    try {
      const { client, app } = await ownerWithDeviceApp(limited);
      expect((await startDevice(limited, app)).status).toBe(200);
      expect((await startDevice(limited, app)).status).toBe(200);
      const third = await startDevice(limited, app);
      expect(third.status).toBe(429);
      expect(third.body.error).toBe('too_many_requests');
      expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
      // Another client of the same owner has a budget of its own.
      const other = await anotherDeviceApp(client);
      expect((await startDevice(limited, other)).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

describe('server metadata', () => {
  it('lists the device authorization endpoint and the device code grant type', async () => {
    const response = await fetch(new URL('/.well-known/oauth-authorization-server', server.url));
    const metadata = (await response.json()) as Record<string, unknown>;
    expect(metadata.device_authorization_endpoint).toBe(
      `${server.config.publicUrl}/oauth/device_authorization`,
    );
    expect(metadata.grant_types_supported).toContain(
      'urn:ietf:params:oauth:grant-type:device_code',
    );
  });
});
