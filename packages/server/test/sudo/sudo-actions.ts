import { expect } from 'vitest';
import { SessionEntity } from '../../src/accounts/session.entity.js';
import { rest, type RestResult } from '../api/rest.js';
import { GQL, VALID_APP, gqlOk, storedSecret, type SecretPayload } from '../apps/owned-apps.js';
import { TestClient, signUp } from '../helpers/client.js';
import type { TestServer } from '../helpers/server.js';

/** The actions sudo mode guards, over GraphQL, in an order that can run on one app. */
export const GRAPHQL_ACTIONS = [
  { name: 'revealOAuthAppSecret', query: GQL.reveal, extra: {} },
  { name: 'copyOAuthAppSecret', query: GQL.copy, extra: {} },
  { name: 'rotateOAuthAppSecret', query: GQL.rotate, extra: {} },
  { name: 'setOAuthAppRequireSecret', query: GQL.requireSecret, extra: { requireSecret: false } },
  { name: 'deleteOAuthApp', query: GQL.delete, extra: {} },
] as const;

/** The same over REST (which has no copy of its own: a script reads the secret). */
export const REST_ACTIONS = [
  { method: 'GET', suffix: '/secret', body: undefined },
  { method: 'POST', suffix: '/secret/rotate', body: undefined },
  { method: 'PATCH', suffix: '', body: { require_secret: false } },
  { method: 'DELETE', suffix: '', body: undefined },
] as const;

export const CONFIRM_PASSWORD = `mutation($password: String!) { confirmPassword(password: $password) }`;

/** A signed-in owner with a confidential app, and what the database holds for its secret. */
export async function ownerWithApp(server: TestServer) {
  const client = new TestClient(server.url);
  const user = await signUp(client, 'Sudo Owner');
  const { createOAuthApp } = await gqlOk<{ createOAuthApp: SecretPayload }>(client, GQL.create, {
    input: VALID_APP,
  });
  const clientId = createOAuthApp.app.clientId;
  return {
    client,
    user,
    clientId,
    secret: createOAuthApp.clientSecret,
    sealed: await storedSecret(server, clientId),
  };
}

/** A REST call with the session cookie and this site's Origin, as the SPA would make it. */
export function restAsSession(server: TestServer, client: TestClient) {
  const origin = new URL(server.config.publicUrl).origin;
  return (method: string, path: string, body?: unknown): Promise<RestResult> =>
    rest(server, client, method, `/oauth/clients${path}`, body, { origin });
}

/** Makes the session's last password proof older than `ageMs` (sudo mode measures from it). */
export async function ageSignIn(server: TestServer, userId: string, ageMs: number): Promise<void> {
  await server.db
    .getRepository(SessionEntity)
    .update({ userId }, { authenticatedAt: new Date(Date.now() - ageMs) });
}

export const waitPastSudoWindow = () => new Promise((resolve) => setTimeout(resolve, 1100));

/** The app is untouched: same stored secret, still confidential, nothing but CREATED logged. */
export async function expectUntouched(
  server: TestServer,
  client: TestClient,
  clientId: string,
  sealed: string | null,
): Promise<void> {
  expect(await storedSecret(server, clientId)).toBe(sealed);
  const { ownedOAuthApp } = await gqlOk<{ ownedOAuthApp: { requireSecret: boolean } }>(
    client,
    GQL.get,
    { clientId },
  );
  expect(ownedOAuthApp.requireSecret).toBe(true);
  const { oauthAppActivity } = await gqlOk<{ oauthAppActivity: { type: string }[] }>(
    client,
    GQL.activity,
    { clientId },
  );
  expect(oauthAppActivity.map((e) => e.type)).toEqual(['CREATED']);
}

/** Runs the four GraphQL actions in order and checks each did what it says. */
export async function expectGraphQLActionsSucceed(
  client: TestClient,
  clientId: string,
  secret: string | null,
): Promise<void> {
  const revealed = await gqlOk<{ revealOAuthAppSecret: SecretPayload }>(client, GQL.reveal, {
    clientId,
  });
  expect(revealed.revealOAuthAppSecret.clientSecret).toBe(secret);
  const rotated = await gqlOk<{ rotateOAuthAppSecret: SecretPayload }>(client, GQL.rotate, {
    clientId,
  });
  expect(rotated.rotateOAuthAppSecret.clientSecret).toMatch(/^bnd_cs_/);
  expect(rotated.rotateOAuthAppSecret.clientSecret).not.toBe(secret);
  const off = await gqlOk<{ setOAuthAppRequireSecret: SecretPayload }>(client, GQL.requireSecret, {
    clientId,
    requireSecret: false,
  });
  expect(off.setOAuthAppRequireSecret.app.requireSecret).toBe(false);
  expect(await gqlOk(client, GQL.delete, { clientId })).toEqual({ deleteOAuthApp: true });
  const gone = await client.gql(GQL.get, { clientId });
  expect(gone.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
}

/** Runs the four REST actions in order with `call` and checks each did what it says. */
export async function expectRestActionsSucceed(
  call: (method: string, path: string, body?: unknown) => Promise<RestResult>,
  clientId: string,
  secret: string | null,
): Promise<void> {
  const revealed = await call('GET', `/${clientId}/secret`);
  expect(revealed).toMatchObject({ status: 200, body: { client_secret: secret } });
  const rotated = await call('POST', `/${clientId}/secret/rotate`);
  expect(rotated.status).toBe(200);
  expect(rotated.body.client_secret).toMatch(/^bnd_cs_/);
  expect(rotated.body.client_secret).not.toBe(secret);
  const off = await call('PATCH', `/${clientId}`, { require_secret: false });
  expect(off).toMatchObject({ status: 200, body: { require_secret: false } });
  expect((await call('DELETE', `/${clientId}`)).status).toBe(204);
  expect((await call('GET', `/${clientId}`)).status).toBe(404);
}
