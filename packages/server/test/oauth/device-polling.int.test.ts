import { describe, expect, it } from 'vitest';
import { startTestServer, useTestServer } from '../helpers/server.js';
import {
  anotherDeviceApp,
  approveCode,
  deviceCodes,
  deviceTokens,
  denyCode,
  ownerWithDeviceApp,
  poll,
  setDeviceFlow,
} from './device-support.js';
import { activityOf, anotherUser, introspect, post, viewerWith } from './support.js';

// A one-second interval keeps the slow_down cases short; the rules are the same at five.
const server = useTestServer({ DEVICE_POLL_INTERVAL: '1' });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('POST /oauth/token: urn:ietf:params:oauth:grant-type:device_code', () => {
  it('answers authorization_pending until the user has answered', async () => {
    const { app } = await ownerWithDeviceApp(server);
    const codes = await deviceCodes(server, app);
    const pending = await poll(server, app, codes.device_code);
    expect(pending.status).toBe(400);
    expect(pending.headers.get('cache-control')).toBe('no-store');
    expect(pending.body.error).toBe('authorization_pending');
  });

  it('answers slow_down when polled faster than the interval, and raises it by 5 seconds', async () => {
    const { app } = await ownerWithDeviceApp(server);
    const codes = await deviceCodes(server, app);
    expect((await poll(server, app, codes.device_code)).body.error).toBe('authorization_pending');
    await sleep(1100);
    // On time at the 1-second interval.
    expect((await poll(server, app, codes.device_code)).body.error).toBe('authorization_pending');
    const tooSoon = await poll(server, app, codes.device_code);
    expect(tooSoon.status).toBe(400);
    expect(tooSoon.body.error).toBe('slow_down');
    expect(String(tooSoon.body.error_description)).toMatch(/6 seconds/);
    await sleep(1100);
    // What was on time before is now too soon: the interval is 6 seconds for good.
    expect((await poll(server, app, codes.device_code)).body.error).toBe('slow_down');
  });

  it('issues the same tokens as the code flow once approved, and the code is then spent', async () => {
    const { app } = await ownerWithDeviceApp(server);
    const user = await anotherUser(server);
    const codes = await deviceCodes(server, app, 'read write');
    expect((await approveCode(user, codes.user_code)).data?.approveDeviceAuthorization).toBe(true);
    const tokens = await poll(server, app, codes.device_code);
    expect(tokens.status).toBe(200);
    expect(tokens.body).toEqual({
      access_token: expect.stringMatching(/^bnd_at_/),
      token_type: 'Bearer',
      expires_in: 3600,
      refresh_token: expect.stringMatching(/^bnd_rt_/),
      scope: 'read write',
    });
    const viewer = await viewerWith(server, String(tokens.body.access_token));
    expect(viewer.data?.viewer?.id).toBeDefined();
    const again = await poll(server, app, codes.device_code);
    expect(again.status).toBe(400);
    expect(again.body).toMatchObject({ error: 'invalid_grant' });
    expect(String(again.body.error_description)).toMatch(/already used/);
  });

  it('rotates the device flow’s refresh token like any other', async () => {
    // Confidential, since only confidential clients may introspect (docs/standards.md, RFC 7662).
    const { app } = await ownerWithDeviceApp(server, { requireSecret: true });
    const user = await anotherUser(server);
    const tokens = await deviceTokens(server, app, user);
    const refresh = () =>
      post(server, app, '/oauth/token', {
        grant_type: 'refresh_token',
        refresh_token: String(tokens.refresh_token),
      });
    const rotated = await refresh();
    expect(rotated.status).toBe(200);
    expect(rotated.body.refresh_token).not.toBe(tokens.refresh_token);
    expect((await refresh()).body.error).toBe('invalid_grant');
    expect(await introspect(server, app, String(rotated.body.access_token))).toEqual({
      active: false,
    });
  });

  it('gives exactly one of five polls at once the tokens right after approval', async () => {
    const { app } = await ownerWithDeviceApp(server, { requireSecret: true });
    const user = await anotherUser(server);
    const codes = await deviceCodes(server, app);
    await approveCode(user, codes.user_code);
    const polls = await Promise.all(
      Array.from({ length: 5 }, () => poll(server, app, codes.device_code)),
    );
    expect(polls.filter((p) => p.status === 200)).toHaveLength(1);
    for (const refused of polls.filter((p) => p.status !== 200)) {
      expect(refused.status).toBe(400);
      expect(refused.body.error).toBe('invalid_grant');
    }
  });

  it('answers access_denied when the user cancels', async () => {
    const { app } = await ownerWithDeviceApp(server);
    const user = await anotherUser(server);
    const codes = await deviceCodes(server, app);
    expect((await denyCode(user, codes.user_code)).data?.denyDeviceAuthorization).toBe(true);
    const denied = await poll(server, app, codes.device_code);
    expect(denied.status).toBe(400);
    expect(denied.body.error).toBe('access_denied');
    // The user cannot change their mind on the same code.
    expect((await approveCode(user, codes.user_code)).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
  });

  it('answers expired_token once the code outlived DEVICE_CODE_TTL', async () => {
    const shortLived = await startTestServer({ DEVICE_CODE_TTL: '1' });
    try {
      const { app } = await ownerWithDeviceApp(shortLived);
      const user = await anotherUser(shortLived);
      const codes = await deviceCodes(shortLived, app);
      expect(codes.expires_in).toBe(1);
      await sleep(1100);
      const expired = await poll(shortLived, app, codes.device_code);
      expect(expired.status).toBe(400);
      expect(expired.body.error).toBe('expired_token');
      expect((await approveCode(user, codes.user_code)).errors?.[0]?.extensions?.code).toBe(
        'NOT_FOUND',
      );
    } finally {
      await shortLived.close();
    }
  });

  it('answers invalid_grant for an unknown code and for another app’s code', async () => {
    const { client, app } = await ownerWithDeviceApp(server);
    const unknown = await poll(server, app, 'bnd_dc_not-a-real-code');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toBe('invalid_grant');
    const other = await anotherDeviceApp(client);
    const user = await anotherUser(server);
    const codes = await deviceCodes(server, app);
    await approveCode(user, codes.user_code);
    const stolen = await poll(server, other, codes.device_code);
    expect(stolen.status).toBe(400);
    expect(stolen.body.error).toBe('invalid_grant');
    // The rightful app still redeems it.
    expect((await poll(server, app, codes.device_code)).status).toBe(200);
  });

  it('requires device_code', async () => {
    const { app } = await ownerWithDeviceApp(server);
    const missing = await post(server, app, '/oauth/token', {
      grant_type: 'urn:ietf:params:oauth:grant-type:device_code',
    });
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({ error: 'invalid_request' });
  });

  it('answers unauthorized_client when the app no longer allows the device flow', async () => {
    const { client, app } = await ownerWithDeviceApp(server);
    const user = await anotherUser(server);
    const codes = await deviceCodes(server, app);
    await approveCode(user, codes.user_code);
    await setDeviceFlow(client, app, false);
    const refused = await poll(server, app, codes.device_code);
    expect(refused.status).toBe(400);
    expect(refused.body.error).toBe('unauthorized_client');
  });

  it('records turning the device flow on and off in the activity log', async () => {
    const { client, app } = await ownerWithDeviceApp(server);
    await setDeviceFlow(client, app, false);
    await setDeviceFlow(client, app, false);
    const log = await activityOf(client, app);
    expect(log.filter((type) => type.startsWith('DEVICE_FLOW'))).toEqual([
      'DEVICE_FLOW_OFF',
      'DEVICE_FLOW_ON',
    ]);
  });
});
