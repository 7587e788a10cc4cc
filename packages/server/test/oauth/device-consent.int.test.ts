import { describe, expect, it } from 'vitest';
import { TestClient } from '../helpers/client.js';
import { startTestServer, useTestServer } from '../helpers/server.js';
import {
  approveCode,
  describeCode,
  deviceCodes,
  deviceTokens,
  denyCode,
  ownerWithDeviceApp,
  poll,
} from './device-support.js';
import { anotherUser } from './support.js';

const server = useTestServer();

const IDENTITY = `mutation($clientId: String!, $input: UpdateOAuthAppInput!) {
  updateOAuthApp(clientId: $clientId, input: $input) { clientId } }`;

describe('deviceAuthorization (the /device page)', () => {
  it('finds the request by its code whatever the case and dash, and says who the app is', async () => {
    const { client: owner, app } = await ownerWithDeviceApp(server);
    await owner.gql(IDENTITY, {
      clientId: app.clientId,
      input: {
        description: 'Syncs your notes to the terminal',
        homepageUrl: 'https://cli.example/about',
        privacyPolicyUrl: 'https://cli.example/privacy',
      },
    });
    const user = await anotherUser(server);
    const codes = await deviceCodes(server, app, 'read write');
    for (const typed of [codes.user_code, codes.user_code.toLowerCase().replace('-', '')]) {
      const found = await describeCode(user, typed);
      expect(found.errors).toBeUndefined();
      expect(found.data?.deviceAuthorization).toEqual({
        userCode: codes.user_code,
        scopes: [
          { name: 'read', description: expect.any(String) },
          { name: 'write', description: expect.any(String) },
        ],
        app: {
          clientId: app.clientId,
          name: 'Test integration',
          description: 'Syncs your notes to the terminal',
          homepageUrl: 'https://cli.example/about',
          homepageHost: 'cli.example',
          privacyPolicyUrl: 'https://cli.example/privacy',
          termsOfServiceUrl: null,
          ownerName: 'Olive Owner',
          createdAt: expect.any(String),
          authorizedUserCount: 0,
        },
      });
    }
  });

  it('counts the users who authorized the app', async () => {
    const { app } = await ownerWithDeviceApp(server);
    await deviceTokens(server, app, await anotherUser(server));
    const codes = await deviceCodes(server, app);
    const found = await describeCode(await anotherUser(server), codes.user_code);
    expect(found.data?.deviceAuthorization.app.authorizedUserCount).toBe(1);
  });

  it('answers NOT_FOUND for a code that is unknown or already answered', async () => {
    const { app } = await ownerWithDeviceApp(server);
    const user = await anotherUser(server);
    expect((await describeCode(user, 'BCDF-GHJK')).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const codes = await deviceCodes(server, app);
    await approveCode(user, codes.user_code);
    expect((await describeCode(user, codes.user_code)).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect((await denyCode(user, codes.user_code)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('needs the signed-in session: signed out is UNAUTHENTICATED', async () => {
    const { app } = await ownerWithDeviceApp(server);
    const codes = await deviceCodes(server, app);
    const stranger = new TestClient(server.url);
    expect((await describeCode(stranger, codes.user_code)).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await approveCode(stranger, codes.user_code)).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('refuses a bearer token with FORBIDDEN: an OAuth token cannot approve or deny', async () => {
    const { app } = await ownerWithDeviceApp(server);
    const user = await anotherUser(server);
    const tokens = await deviceTokens(server, app, user, 'read write delete');
    const codes = await deviceCodes(server, app);
    const bearer = new TestClient(server.url);
    bearer.bearer = String(tokens.access_token);
    for (const answer of [
      await describeCode(bearer, codes.user_code),
      await approveCode(bearer, codes.user_code),
      await denyCode(bearer, codes.user_code),
    ])
      expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await poll(server, app, codes.device_code)).body.error).toBe('authorization_pending');
  });
});

describe('wrong user codes (RFC 8628 §5.1)', () => {
  it('are limited per session', async () => {
    const limited = await startTestServer({ RATE_LIMIT_USER_CODE: '3/900' });
    try {
      const { app } = await ownerWithDeviceApp(limited);
      const codes = await deviceCodes(limited, app);
      const guesser = await anotherUser(limited);
      for (let i = 0; i < 3; i += 1)
        expect((await describeCode(guesser, 'BCDF-GHJK')).errors?.[0]?.extensions?.code).toBe(
          'NOT_FOUND',
        );
      // Even the right code is refused now: the guesser cannot tell.
      const refused = await describeCode(guesser, codes.user_code);
      expect(refused.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
      expect((await approveCode(guesser, codes.user_code)).errors?.[0]?.extensions?.code).toBe(
        'TOO_MANY_REQUESTS',
      );
      // Another session (same IP, under its own limit) is not affected.
      const honest = await anotherUser(limited);
      expect((await describeCode(honest, codes.user_code)).data?.deviceAuthorization).toBeTruthy();
    } finally {
      await limited.close();
    }
  });

  it('are limited per IP across sessions', async () => {
    const limited = await startTestServer({ RATE_LIMIT_CODE_IP: '4/900' });
    try {
      const { app } = await ownerWithDeviceApp(limited);
      const codes = await deviceCodes(limited, app);
      for (let i = 0; i < 2; i += 1) {
        const guesser = await anotherUser(limited);
        await describeCode(guesser, 'BCDF-GHJK');
        await describeCode(guesser, 'not a code');
      }
      const fresh = await anotherUser(limited);
      expect((await describeCode(fresh, codes.user_code)).errors?.[0]?.extensions?.code).toBe(
        'TOO_MANY_REQUESTS',
      );
    } finally {
      await limited.close();
    }
  });
});

describe('requestingOAuthApp (the sign-in page)', () => {
  const QUERY = `query($clientId: String, $userCode: String) {
    requestingOAuthApp(clientId: $clientId, userCode: $userCode) { name } }`;

  it('names the app behind an authorize link or a device code, signed out', async () => {
    const { app } = await ownerWithDeviceApp(server);
    const codes = await deviceCodes(server, app);
    const stranger = new TestClient(server.url);
    const byClient = await stranger.gql(QUERY, { clientId: app.clientId });
    expect(byClient.data).toEqual({ requestingOAuthApp: { name: 'Test integration' } });
    const byCode = await stranger.gql(QUERY, { userCode: codes.user_code.toLowerCase() });
    expect(byCode.data).toEqual({ requestingOAuthApp: { name: 'Test integration' } });
    const unknown = await stranger.gql(QUERY, { userCode: 'BCDF-GHJK' });
    expect(unknown.data).toEqual({ requestingOAuthApp: null });
    expect((await stranger.gql(QUERY, { clientId: 'nobody' })).data).toEqual({
      requestingOAuthApp: null,
    });
  });
});
