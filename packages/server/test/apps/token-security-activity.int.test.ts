import { describe, expect, it } from 'vitest';
import { rest } from '../api/rest.js';
import type { TestClient } from '../helpers/client.js';
import { useTestServer } from '../helpers/server.js';
import { userWithApp } from '../oauth/support.js';

const server = useTestServer();

type Entry = { type: string; detail: string | null };

async function activityOverGraphql(owner: TestClient, clientId: string): Promise<Entry[]> {
  const result = await owner.gql<{ oauthAppActivity: Entry[] }>(
    'query($c: String!) { oauthAppActivity(clientId: $c) { type detail } }',
    { c: clientId },
  );
  return result.data?.oauthAppActivity ?? [];
}

async function activityOverRest(owner: TestClient, clientId: string): Promise<Entry[]> {
  const answer = await rest(server, owner, 'GET', `/oauth/clients/${clientId}/activity`);
  expect(answer.status).toBe(200);
  return (answer.body.data as Entry[]).map(({ type, detail }) => ({ type, detail }));
}

const update = (owner: TestClient, clientId: string, input: Record<string, unknown>) =>
  owner.gql<{ updateOAuthApp: { clientId: string } }>(
    'mutation($c: String!, $i: UpdateOAuthAppInput!) { updateOAuthApp(clientId: $c, input: $i) { clientId } }',
    { c: clientId, i: input },
  );

describe("an app's activity log", () => {
  it('records Require DPoP and the ID token algorithm changed over GraphQL', async () => {
    const { client: owner, app } = await userWithApp(server, { requireSecret: true });
    expect((await update(owner, app.clientId, { requireDpop: true })).errors).toBeUndefined();
    await update(owner, app.clientId, { idTokenSignedResponseAlg: 'ES256' });
    await update(owner, app.clientId, { requireDpop: false, idTokenSignedResponseAlg: 'RS256' });
    // Setting what is already set changes nothing and logs nothing.
    await update(owner, app.clientId, { requireDpop: false, idTokenSignedResponseAlg: 'RS256' });
    expect((await activityOverGraphql(owner, app.clientId)).slice(0, 4)).toEqual([
      { type: 'ID_TOKEN_SIGNING_ALG_CHANGED', detail: 'ES256 → RS256' },
      { type: 'DPOP_REQUIRED_OFF', detail: null },
      { type: 'ID_TOKEN_SIGNING_ALG_CHANGED', detail: 'RS256 → ES256' },
      { type: 'DPOP_REQUIRED_ON', detail: null },
    ]);
  });

  it('records them changed over REST, where the activity lists them too', async () => {
    const { client: owner, app } = await userWithApp(server, { requireSecret: false });
    const path = `/oauth/clients/${app.clientId}`;
    const origin = { origin: server.url };
    const on = { require_dpop: true, id_token_signed_response_alg: 'ES256' };
    expect((await rest(server, owner, 'PATCH', path, on, origin)).status).toBe(200);
    expect((await rest(server, owner, 'PATCH', path, { require_dpop: false }, origin)).status).toBe(
      200,
    );
    expect((await activityOverRest(owner, app.clientId)).slice(0, 3)).toEqual([
      { type: 'DPOP_REQUIRED_OFF', detail: null },
      { type: 'ID_TOKEN_SIGNING_ALG_CHANGED', detail: 'RS256 → ES256' },
      { type: 'DPOP_REQUIRED_ON', detail: null },
    ]);
  });

  it('records them set at creation, over GraphQL and REST, and not when left at the defaults', async () => {
    const { client: owner } = await userWithApp(server, { requireSecret: true });
    const created = await owner.gql<{ createOAuthApp: { app: { clientId: string } } }>(
      `mutation($input: CreateOAuthAppInput!) { createOAuthApp(input: $input) { app { clientId } } }`,
      {
        input: {
          name: 'Bound from the start',
          redirectUris: ['https://client.example/cb'],
          requireSecret: true,
          requireDpop: true,
          idTokenSignedResponseAlg: 'ES256',
        },
      },
    );
    const viaGraphql = created.data?.createOAuthApp.app.clientId ?? '';
    expect((await activityOverGraphql(owner, viaGraphql)).map((e) => e.type).sort()).toEqual([
      'CREATED',
      'DPOP_REQUIRED_ON',
      'ID_TOKEN_SIGNING_ALG_CHANGED',
    ]);

    const overRest = await rest(
      server,
      owner,
      'POST',
      '/oauth/clients',
      {
        name: 'Bound over REST',
        redirect_uris: ['https://client.example/cb'],
        require_secret: false,
        require_dpop: true,
        id_token_signed_response_alg: 'ES256',
      },
      { origin: server.url },
    );
    expect(overRest.status).toBe(201);
    const entries = await activityOverRest(owner, overRest.body.client_id as string);
    expect(entries).toContainEqual({ type: 'DPOP_REQUIRED_ON', detail: null });
    expect(entries).toContainEqual({
      type: 'ID_TOKEN_SIGNING_ALG_CHANGED',
      detail: 'RS256 → ES256',
    });

    const plain = await rest(
      server,
      owner,
      'POST',
      '/oauth/clients',
      { name: 'Plain', redirect_uris: ['https://client.example/cb'], require_secret: false },
      { origin: server.url },
    );
    const plainEntries = await activityOverRest(owner, plain.body.client_id as string);
    expect(plainEntries.map((e) => e.type)).toEqual(['CREATED']);
  });
});
