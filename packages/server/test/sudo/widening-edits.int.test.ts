import { describe, expect, it } from 'vitest';
import { GQL, gqlOk, type GqlApp } from '../apps/owned-apps.js';
import { PASSWORD, TestClient } from '../helpers/client.js';
import { createApp, obtainTokens } from '../helpers/oauth.js';
import { useTestServer } from '../helpers/server.js';
import { CONFIRM_PASSWORD, ageSignIn, ownerWithApp, restAsSession } from './sudo-actions.js';

const server = useTestServer();

const SUDO_REQUIRED = { code: 'FORBIDDEN', reason: 'SUDO_REQUIRED' };
const SUDO_MESSAGE = 'Confirm your password to continue';
const REGISTERED = 'https://client.example/callback';
const OTHER = 'https://elsewhere.example/callback';
const STALE = 15 * 60_000 + 1000;

const DEVICE_FLOW = `query($clientId: String!) { ownedOAuthApp(clientId: $clientId) { allowDeviceFlow } }`;

/** An owner with a confidential app whose password proof is older than the sudo window. */
async function staleOwner() {
  const owner = await ownerWithApp(server);
  await ageSignIn(server, owner.user.id, STALE);
  return owner;
}

async function appState(client: TestClient, clientId: string) {
  const { ownedOAuthApp } = await gqlOk<{ ownedOAuthApp: GqlApp }>(client, GQL.get, { clientId });
  const device = await gqlOk<{ ownedOAuthApp: { allowDeviceFlow: boolean } }>(client, DEVICE_FLOW, {
    clientId,
  });
  const { oauthAppActivity } = await gqlOk<{ oauthAppActivity: { type: string }[] }>(
    client,
    GQL.activity,
    { clientId },
  );
  return {
    name: ownedOAuthApp.name,
    redirectUris: ownedOAuthApp.redirectUris,
    allowDeviceFlow: device.ownedOAuthApp.allowDeviceFlow,
    events: oauthAppActivity.map((e) => e.type),
  };
}

/** Edits that widen where the app's codes and tokens can go. */
const WIDENING: [string, Record<string, unknown>][] = [
  ['adds a redirect URI', { redirectUris: [REGISTERED, OTHER] }],
  ['replaces the redirect URI with another host', { redirectUris: [OTHER] }],
  ['changes the redirect URI path', { redirectUris: [`${REGISTERED}2`] }],
  ['turns the device flow on', { allowDeviceFlow: true }],
  ['renames and adds a redirect URI at once', { name: 'Sneaky', redirectUris: [OTHER] }],
];

const SNAKE: Record<string, string> = {
  redirectUris: 'redirect_uris',
  allowDeviceFlow: 'allow_device_flow',
};
const snakeCase = (input: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(input).map(([k, v]) => [SNAKE[k] ?? k, v]));

describe('edits that widen where codes and tokens go, with a stale cookie session', () => {
  it.each(WIDENING)('refuses updateOAuthApp that %s, and changes nothing', async (_, input) => {
    const owner = await staleOwner();
    const before = await appState(owner.client, owner.clientId);

    const result = await owner.client.gql(GQL.update, { clientId: owner.clientId, input });

    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.message).toBe(SUDO_MESSAGE);
    expect(result.errors?.[0]?.extensions).toEqual(SUDO_REQUIRED);
    expect(await appState(owner.client, owner.clientId)).toEqual(before);
  });

  it.each(WIDENING)('answers REST PATCH that %s 403 sudo_required', async (_, input) => {
    const owner = await staleOwner();
    const before = await appState(owner.client, owner.clientId);

    const answer = await restAsSession(server, owner.client)(
      'PATCH',
      `/${owner.clientId}`,
      snakeCase(input),
    );

    expect(answer.status).toBe(403);
    expect(answer.body).toEqual({ error: 'sudo_required', error_description: SUDO_MESSAGE });
    expect(await appState(owner.client, owner.clientId)).toEqual(before);
  });

  it('still allows edits that widen nothing', async () => {
    const owner = await ownerWithApp(server);
    const both = [REGISTERED, OTHER];
    await gqlOk(owner.client, GQL.update, {
      clientId: owner.clientId,
      input: { redirectUris: both, allowDeviceFlow: true },
    });
    await ageSignIn(server, owner.user.id, STALE);
    const call = restAsSession(server, owner.client);
    const edits: Record<string, unknown>[] = [
      { name: 'Renamed' },
      { redirectUris: [OTHER, REGISTERED] },
      { redirectUris: [OTHER, REGISTERED], allowDeviceFlow: true, name: 'Same lists again' },
      { redirectUris: [REGISTERED] },
      { allowDeviceFlow: false },
      { description: 'Reads your notes', homepageUrl: 'https://client.example/' },
    ];
    for (const input of edits) {
      const result = await owner.client.gql(GQL.update, { clientId: owner.clientId, input });
      expect(result.errors, JSON.stringify(input)).toBeUndefined();
    }
    const renamed = await call('PATCH', `/${owner.clientId}`, {
      name: 'Renamed over REST',
      redirect_uris: [REGISTERED],
      allow_device_flow: false,
    });
    expect(renamed).toMatchObject({ status: 200, body: { name: 'Renamed over REST' } });
    expect(await appState(owner.client, owner.clientId)).toMatchObject({
      redirectUris: [REGISTERED],
      allowDeviceFlow: false,
    });
  });
});

describe('edits that widen where codes and tokens go, with proof of the password', () => {
  it('are made by a session signed in within the window, over GraphQL and REST', async () => {
    const owner = await ownerWithApp(server);
    const updated = await gqlOk<{ updateOAuthApp: GqlApp }>(owner.client, GQL.update, {
      clientId: owner.clientId,
      input: { redirectUris: [REGISTERED, OTHER], allowDeviceFlow: true },
    });
    expect(updated.updateOAuthApp.redirectUris).toEqual([REGISTERED, OTHER]);
    const patched = await restAsSession(server, owner.client)('PATCH', `/${owner.clientId}`, {
      redirect_uris: [`${OTHER}/rest`],
    });
    expect(patched).toMatchObject({ status: 200, body: { redirect_uris: [`${OTHER}/rest`] } });
    expect(await appState(owner.client, owner.clientId)).toMatchObject({
      allowDeviceFlow: true,
      events: expect.arrayContaining(['REDIRECT_URIS_CHANGED', 'DEVICE_FLOW_ON']),
    });
  });

  it('are made once the password is confirmed again', async () => {
    const owner = await staleOwner();
    const input = { redirectUris: [OTHER], allowDeviceFlow: true };
    const locked = await owner.client.gql(GQL.update, { clientId: owner.clientId, input });
    expect(locked.errors?.[0]?.extensions).toEqual(SUDO_REQUIRED);

    await gqlOk(owner.client, CONFIRM_PASSWORD, { password: PASSWORD });

    await gqlOk(owner.client, GQL.update, { clientId: owner.clientId, input });
    expect(await appState(owner.client, owner.clientId)).toMatchObject({
      redirectUris: [OTHER],
      allowDeviceFlow: true,
    });
  });

  it('are governed by the scopes alone with a bearer token', async () => {
    const owner = await staleOwner();
    const tokenApp = await createApp(owner.client, { requireSecret: false, name: 'Token app' });
    const tokens = await obtainTokens(server, owner.client, tokenApp, 'read write');
    const bearer = new TestClient(server.url);
    bearer.bearer = tokens.access_token;

    await gqlOk(bearer, GQL.update, {
      clientId: owner.clientId,
      input: { redirectUris: [OTHER], allowDeviceFlow: true },
    });
    expect(await appState(owner.client, owner.clientId)).toMatchObject({
      redirectUris: [OTHER],
      allowDeviceFlow: true,
    });
  });
});
