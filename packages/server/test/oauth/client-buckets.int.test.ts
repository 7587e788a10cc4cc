import { DEVICE_CODE_GRANT_TYPE } from '@bnder/shared';
import { describe, expect, it } from 'vitest';
import { postFormFrom, STRANGER_ADDRESS, USER_ADDRESS } from '../helpers/from-address.js';
import { basicAuthorization } from '../../../../tooling/client-auth.mjs';
import { obtainTokens, type TestApp } from '../helpers/oauth.js';
import { useTestServer } from '../helpers/server.js';
import { ownerWithDeviceApp } from './device-support.js';
import { userWithApp } from './support.js';

const STRANGER = STRANGER_ADDRESS;
const USER = USER_ADDRESS;

const server = useTestServer({
  RATE_LIMITS: 'on',
  RATE_LIMIT_TOKEN: '4/60',
  RATE_LIMIT_DEVICE: '3/60',
  RATE_LIMIT_CLIENT_AUTH: '2/60',
});

const token = (from: string, params: Record<string, string>, headers = {}) =>
  postFormFrom(from, `${server.url}/oauth/token`, params, headers);
const startDevice = (from: string, app: TestApp) =>
  postFormFrom(from, `${server.url}/oauth/device_authorization`, {
    client_id: app.clientId,
    scope: 'read',
  });

/** A public app with device flow on, a user's real tokens for it, and a device code pending. */
async function publicAppInUse() {
  const { client, app } = await ownerWithDeviceApp(server);
  const tokens = await obtainTokens(server, client, app, 'read');
  const started = await startDevice(USER, app);
  expect(started.status).toBe(200);
  return { app, tokens, deviceCode: started.json<{ device_code: string }>().device_code };
}

describe('a stranger who knows a public client_id', () => {
  it('fills only its own token bucket: real refreshes and device polls go on working', async () => {
    const { app, tokens, deviceCode } = await publicAppInUse();
    const junk = { client_id: app.clientId, grant_type: 'refresh_token' };
    for (let i = 0; i < 4; i += 1) {
      const answer = await token(STRANGER, { ...junk, refresh_token: `made-up-${i}` });
      expect(answer.json().error).toBe('invalid_grant');
    }
    const blocked = await token(STRANGER, { ...junk, refresh_token: 'made-up-again' });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);

    const refreshed = await token(USER, {
      client_id: app.clientId,
      grant_type: 'refresh_token',
      refresh_token: tokens.refresh_token,
    });
    expect(refreshed.status).toBe(200);
    const polled = await token(USER, {
      client_id: app.clientId,
      grant_type: DEVICE_CODE_GRANT_TYPE,
      device_code: deviceCode,
    });
    expect(polled.json().error).toBe('authorization_pending');
  });

  it('fills only its own device authorization bucket', async () => {
    const { app, deviceCode } = await publicAppInUse();
    for (let i = 0; i < 3; i += 1) expect((await startDevice(STRANGER, app)).status).toBe(200);
    expect((await startDevice(STRANGER, app)).status).toBe(429);

    expect((await startDevice(USER, app)).status).toBe(200);
    const polled = await token(USER, {
      client_id: app.clientId,
      grant_type: DEVICE_CODE_GRANT_TYPE,
      device_code: deviceCode,
    });
    expect(polled.json().error).toBe('authorization_pending');
  });
});

describe('a stranger who knows a confidential client_id but not its secret', () => {
  it('is limited at its own address; the client itself goes on working', async () => {
    const { client, app } = await userWithApp(server, { requireSecret: true });
    const tokens = await obtainTokens(server, client, app, 'read');
    const wrong = { authorization: basicAuthorization(app.clientId, 'bnd_cs_guess') };
    const junk = { grant_type: 'refresh_token', refresh_token: 'made-up' };
    for (let i = 0; i < 2; i += 1) expect((await token(STRANGER, junk, wrong)).status).toBe(401);
    expect((await token(STRANGER, junk, wrong)).status).toBe(429);

    const refreshed = await token(
      USER,
      { grant_type: 'refresh_token', refresh_token: tokens.refresh_token },
      { authorization: basicAuthorization(app.clientId, app.clientSecret ?? '') },
    );
    expect(refreshed.status).toBe(200);
  });
});
