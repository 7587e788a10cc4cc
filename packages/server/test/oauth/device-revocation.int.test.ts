import { describe, expect, it } from 'vitest';
import type { TestClient } from '../helpers/client.js';
import type { TestApp } from '../helpers/oauth.js';
import { useTestServer } from '../helpers/server.js';
import {
  approveCode,
  describeCode,
  deviceCodes,
  deviceTokens,
  ownerWithDeviceApp,
  poll,
} from './device-support.js';
import { anotherUser, post, viewerWith } from './support.js';
import { graphql } from '../gql/index.js';

const server = useTestServer();

const ROTATE = graphql(`
  mutation DeviceRevocationRotateOAuthAppSecret($clientId: String!) {
    rotateOAuthAppSecret(clientId: $clientId) {
      clientSecret
    }
  }
`);
const SECRET_OFF = `mutation($clientId: String!) {
  setOAuthAppRequireSecret(clientId: $clientId, requireSecret: false) { clientSecret } }`;
const DELETE = `mutation($clientId: String!) { deleteOAuthApp(clientId: $clientId) }`;
const REVOKE = `mutation($clientId: String!) { revokeAuthorizedOAuthApp(clientId: $clientId) }`;
const AUTHORIZED = graphql(`
  query DeviceRevocationAuthorizedOAuthApps {
    authorizedOAuthApps {
      clientId
      name
      scopes
    }
  }
`);

/**
 * A device-flow session in use, plus two requests still open: one the user approved but the
 * device has not redeemed, one nobody has answered yet.
 */
async function deviceSessions(app: TestApp, user: TestClient) {
  const tokens = await deviceTokens(server, app, user, 'read write');
  const approved = await deviceCodes(server, app);
  await approveCode(user, approved.user_code);
  const unanswered = await deviceCodes(server, app);
  return { tokens, approved, unanswered };
}

async function expectAllEnded(
  app: TestApp,
  user: TestClient,
  sessions: Awaited<ReturnType<typeof deviceSessions>>,
  redeemAs: TestApp = app,
) {
  expect((await viewerWith(server, String(sessions.tokens.access_token))).status).toBe(401);
  const refreshed = await post(server, redeemAs, '/oauth/token', {
    grant_type: 'refresh_token',
    refresh_token: String(sessions.tokens.refresh_token),
  });
  expect(refreshed.status).not.toBe(200);
  expect((await poll(server, redeemAs, sessions.approved.device_code)).status).not.toBe(200);
  expect((await poll(server, redeemAs, sessions.unanswered.device_code)).status).not.toBe(200);
  expect(
    (await describeCode(user, sessions.unanswered.user_code)).errors?.[0]?.extensions?.code,
  ).toBe('NOT_FOUND');
}

describe('the help page’s rules for device-flow sessions', () => {
  it('appear in Authorized OAuth Applications like any other', async () => {
    const { app } = await ownerWithDeviceApp(server);
    const user = await anotherUser(server);
    await deviceTokens(server, app, user, 'read write');
    const listed = await user.gql(AUTHORIZED);
    expect(listed.data?.authorizedOAuthApps).toEqual([
      { clientId: app.clientId, name: 'Test integration', scopes: ['read', 'write'] },
    ]);
  });

  it('revoking access ends the tokens and the user’s approved request at once', async () => {
    const { app } = await ownerWithDeviceApp(server);
    const user = await anotherUser(server);
    const sessions = await deviceSessions(app, user);
    expect((await user.gql(REVOKE, { clientId: app.clientId })).errors).toBeUndefined();
    expect((await viewerWith(server, String(sessions.tokens.access_token))).status).toBe(401);
    const redeemed = await poll(server, app, sessions.approved.device_code);
    expect(redeemed.body.error).toBe('invalid_grant');
    // A request nobody answered is not the user's yet: it stays open for them to decide.
    expect((await describeCode(user, sessions.unanswered.user_code)).data).toBeTruthy();
  });

  it('rotating the secret ends every device-flow token and request of the app', async () => {
    const { client: owner, app } = await ownerWithDeviceApp(server, { requireSecret: true });
    const user = await anotherUser(server);
    const sessions = await deviceSessions(app, user);
    const rotated = await owner.gql(ROTATE, {
      clientId: app.clientId,
    });
    const newSecret = rotated.data?.rotateOAuthAppSecret.clientSecret ?? null;
    expect(newSecret).toMatch(/^bnd_cs_/);
    await expectAllEnded(app, user, sessions, { ...app, clientSecret: newSecret });
  });

  it('turning the secret off ends every device-flow token and request of the app', async () => {
    const { client: owner, app } = await ownerWithDeviceApp(server, { requireSecret: true });
    const user = await anotherUser(server);
    const sessions = await deviceSessions(app, user);
    expect((await owner.gql(SECRET_OFF, { clientId: app.clientId })).errors).toBeUndefined();
    await expectAllEnded(app, user, sessions, { ...app, clientSecret: null, requireSecret: false });
  });

  it('deleting the app ends every device-flow token and request at once', async () => {
    const { client: owner, app } = await ownerWithDeviceApp(server);
    const user = await anotherUser(server);
    const sessions = await deviceSessions(app, user);
    expect((await owner.gql(DELETE, { clientId: app.clientId })).errors).toBeUndefined();
    await expectAllEnded(app, user, sessions);
  });
});
