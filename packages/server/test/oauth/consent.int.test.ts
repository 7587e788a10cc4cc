import { describe, expect, it } from 'vitest';
import { TestClient, APPROVE_AUTHORIZATION } from '../helpers/client.js';
import { authorize, obtainTokens, type TestApp } from '../helpers/oauth.js';
import { useTestServer } from '../helpers/server.js';
import { anotherUser, authorizeParams, authorizePath, userWithApp } from './support.js';
import { graphql } from '../gql/index.js';

const server = useTestServer();

const REQUEST = `query($id: ID!) {
  authorizationRequest(id: $id) { id clientId appName ownerName redirectHost scopes { name description } }
}`;
const DENY = graphql(`
  mutation ConsentDenyAuthorization($id: ID!) {
    denyAuthorization(requestId: $id) {
      redirectTo
    }
  }
`);

/** The user starts authorizing the app and lands on consent; returns the request id. */
async function pendingRequest(client: TestClient, app: TestApp, scope = 'read delete') {
  const response = await client.fetch(authorizePath(authorizeParams(app, { scope, state: 'xyz' })));
  const target = new URL(response.headers.get('location') ?? '', server.url);
  expect(target.pathname).toBe('/oauth/consent');
  return target.searchParams.get('request_id') ?? '';
}

describe('consent: authorizationRequest', () => {
  it('describes the app, its owner, the scopes in plain words and the redirect host', async () => {
    const { app } = await userWithApp(server, {
      requireSecret: true,
      name: 'Weekly Digest',
    });
    const user = await anotherUser(server);
    const id = await pendingRequest(user, app);
    const result = await user.gql(REQUEST, { id });
    expect(result.data).toEqual({
      authorizationRequest: {
        id,
        clientId: app.clientId,
        appName: 'Weekly Digest',
        ownerName: 'Olive Owner',
        redirectHost: 'client.example.test',
        scopes: [
          { name: 'read', description: expect.stringMatching(/read/i) },
          { name: 'delete', description: expect.stringMatching(/delete/i) },
        ],
      },
    });
  });

  it('is NOT_FOUND for another user and for an unknown id', async () => {
    const { client, app } = await userWithApp(server, { requireSecret: true });
    const id = await pendingRequest(client, app);
    const stranger = await anotherUser(server);
    expect((await stranger.gql(REQUEST, { id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await stranger.gql(APPROVE_AUTHORIZATION, { id })).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect(
      (await client.gql(REQUEST, { id: '00000000-0000-0000-0000-000000000000' })).errors?.[0]
        ?.extensions?.code,
    ).toBe('NOT_FOUND');
    // The stranger's attempt did not consume it.
    expect((await client.gql(REQUEST, { id })).data).not.toBeNull();
  });

  it('needs a signed-in user', async () => {
    const { client, app } = await userWithApp(server, { requireSecret: true });
    const id = await pendingRequest(client, app);
    const anonymous = await new TestClient(server.url).gql(REQUEST, { id });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('consent: approveAuthorization', () => {
  it('sends the user back with code, state and iss, once only', async () => {
    const { client, app } = await userWithApp(server, { requireSecret: true });
    const id = await pendingRequest(client, app);
    const approved = await client.gql(APPROVE_AUTHORIZATION, { id });
    const target = new URL(approved.data?.approveAuthorization.redirectTo ?? '');
    expect(`${target.origin}${target.pathname}`).toBe(app.redirectUris[0]);
    expect(target.searchParams.get('code')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(target.searchParams.get('state')).toBe('xyz');
    expect(target.searchParams.get('iss')).toBe(server.config.publicUrl);

    const again = await client.gql(APPROVE_AUTHORIZATION, { id });
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await client.gql(DENY, { id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses to send the user to a redirect URI the owner removed meanwhile', async () => {
    const { client, app } = await userWithApp(server, { requireSecret: true });
    const id = await pendingRequest(client, app);
    const updated = await client.gql(
      'mutation($id: String!, $input: UpdateOAuthAppInput!) { updateOAuthApp(clientId: $id, input: $input) { clientId } }',
      { id: app.clientId, input: { redirectUris: ['https://client.example.test/new'] } },
    );
    expect(updated.errors).toBeUndefined();
    expect((await client.gql(APPROVE_AUTHORIZATION, { id })).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
  });

  it('adds the new scopes to what the user granted before', async () => {
    const { client, app } = await userWithApp(server, { requireSecret: true });
    await authorize(client, authorizeParams(app, { scope: 'read' }));
    await authorize(client, authorizeParams(app, { scope: 'write' }));
    const both = await client.fetch(authorizePath(authorizeParams(app, { scope: 'read write' })));
    const target = new URL(both.headers.get('location') ?? '', server.url);
    expect(target.searchParams.get('code')).toBeTruthy();
  });
});

describe('consent: denyAuthorization', () => {
  it('sends the user back with access_denied, state and iss, and no code', async () => {
    const { client, app } = await userWithApp(server, { requireSecret: true });
    const id = await pendingRequest(client, app);
    const denied = await client.gql(DENY, { id });
    const target = new URL(denied.data?.denyAuthorization.redirectTo ?? '');
    expect(target.searchParams.get('error')).toBe('access_denied');
    expect(target.searchParams.get('state')).toBe('xyz');
    expect(target.searchParams.get('iss')).toBe(server.config.publicUrl);
    expect(target.searchParams.get('code')).toBeNull();
    expect((await client.gql(APPROVE_AUTHORIZATION, { id })).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
  });
});

describe('consent with a bearer token', () => {
  it('refuses the query and both mutations with FORBIDDEN, and leaves the request', async () => {
    const { client, app } = await userWithApp(server, { requireSecret: true });
    const id = await pendingRequest(client, app);
    const tokens = await obtainTokens(server, client, app, 'read write delete');
    const bearer = new TestClient(server.url);
    bearer.bearer = tokens.access_token;
    for (const query of [REQUEST, APPROVE_AUTHORIZATION, DENY]) {
      const result = await bearer.gql(query, { id });
      expect(result.data).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    // A bearer token beside the session cookie is judged alone: still refused.
    client.bearer = tokens.access_token;
    expect((await client.gql(APPROVE_AUTHORIZATION, { id })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    client.bearer = undefined;
    expect((await client.gql(REQUEST, { id })).data).not.toBeNull();
  });
});
