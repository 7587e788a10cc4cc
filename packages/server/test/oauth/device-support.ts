import { DEVICE_CODE_GRANT_TYPE } from '@bnder/shared';
import type { TestClient } from '../helpers/client.js';
import { createApp, type TestApp } from '../helpers/oauth.js';
import type { TestServer } from '../helpers/server.js';
import { post, userWithApp, type Answer } from './support.js';
import { graphql } from '../gql/index.js';

export type DeviceStart = {
  device_code: string;
  user_code: string;
  verification_uri: string;
  verification_uri_complete: string;
  expires_in: number;
  interval: number;
};

const ALLOW = `mutation($clientId: String!, $input: UpdateOAuthAppInput!) {
  updateOAuthApp(clientId: $clientId, input: $input) { allowDeviceFlow } }`;

/** The owner turns Allow device flow on or off, through GraphQL as the app page does. */
export async function setDeviceFlow(owner: TestClient, app: TestApp, on: boolean): Promise<void> {
  const result = await owner.gql(ALLOW, {
    clientId: app.clientId,
    input: { allowDeviceFlow: on },
  });
  if (!result.data) throw new Error(`updateOAuthApp failed: ${JSON.stringify(result.errors)}`);
}

/** A fresh signed-in owner with an app that allows the device flow. */
export async function ownerWithDeviceApp(
  server: TestServer,
  options: { requireSecret: boolean } = { requireSecret: false },
) {
  const signed = await userWithApp(server, { requireSecret: options.requireSecret });
  await setDeviceFlow(signed.client, signed.app, true);
  return signed;
}

/** Another app of the same owner, with the device flow on. */
export async function anotherDeviceApp(owner: TestClient): Promise<TestApp> {
  const app = await createApp(owner, { requireSecret: false, name: 'Other device app' });
  await setDeviceFlow(owner, app, true);
  return app;
}

/** RFC 8628 §3.1: the device asks for codes. */
export function startDevice(server: TestServer, app: TestApp, scope = 'read'): Promise<Answer> {
  return post(server, app, '/oauth/device_authorization', { scope });
}

/** Starts the flow and fails the test unless the server answered with codes. */
export async function deviceCodes(
  server: TestServer,
  app: TestApp,
  scope = 'read',
): Promise<DeviceStart> {
  const started = await startDevice(server, app, scope);
  if (started.status !== 200) throw new Error(`device start failed: ${JSON.stringify(started)}`);
  return started.body as DeviceStart;
}

/** RFC 8628 §3.4: one poll of the token endpoint. */
export function poll(server: TestServer, app: TestApp, deviceCode: string): Promise<Answer> {
  return post(server, app, '/oauth/token', {
    grant_type: DEVICE_CODE_GRANT_TYPE,
    device_code: deviceCode,
  });
}

const DESCRIBE = graphql(`
  query DeviceSupportDeviceAuthorization($code: String!) {
    deviceAuthorization(userCode: $code) {
      userCode
      scopes {
        name
        description
      }
      app {
        clientId
        name
        description
        homepageUrl
        homepageHost
        privacyPolicyUrl
        termsOfServiceUrl
        ownerName
        createdAt
        authorizedUserCount
      }
    }
  }
`);
const APPROVE = graphql(`
  mutation DeviceSupportApproveDeviceAuthorization($code: String!) {
    approveDeviceAuthorization(userCode: $code)
  }
`);
const DENY = graphql(`
  mutation DeviceSupportDenyDeviceAuthorization($code: String!) {
    denyDeviceAuthorization(userCode: $code)
  }
`);

export type DeviceConsent = {
  userCode: string;
  scopes: { name: string; description: string }[];
  app: Record<string, unknown>;
};

export function describeCode(user: TestClient, code: string) {
  return user.gql(DESCRIBE, { code });
}

export function approveCode(user: TestClient, code: string) {
  return user.gql(APPROVE, { code });
}

export function denyCode(user: TestClient, code: string) {
  return user.gql(DENY, { code });
}

/** The whole flow: start, the user approves, one poll redeems. Returns the token response. */
export async function deviceTokens(
  server: TestServer,
  app: TestApp,
  user: TestClient,
  scope = 'read',
): Promise<Record<string, unknown>> {
  const codes = await deviceCodes(server, app, scope);
  const approved = await approveCode(user, codes.user_code);
  if (!approved.data) throw new Error(`approve failed: ${JSON.stringify(approved.errors)}`);
  const tokens = await poll(server, app, codes.device_code);
  if (tokens.status !== 200) throw new Error(`poll failed: ${JSON.stringify(tokens.body)}`);
  return tokens.body;
}
