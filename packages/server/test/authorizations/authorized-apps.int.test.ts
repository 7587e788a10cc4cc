import { describe, expect, it } from 'vitest';
import { connectApp, rest, signedInUser } from '../api/rest.js';
import { TestClient } from '../helpers/client.js';
import { obtainTokens, pendingCode, postAsApp } from '../helpers/oauth.js';
import { useTestServer } from '../helpers/server.js';
import { graphql } from '../gql/index.js';

const server = useTestServer();

const LIST = graphql(`
  query AuthorizedAppsAuthorizedOAuthApps {
    authorizedOAuthApps {
      clientId
      name
      ownerName
      scopes
      legacy
      authorizedAt
      lastUsedAt
    }
  }
`);
const REVOKE = `mutation($clientId: String!) { revokeAuthorizedOAuthApp(clientId: $clientId) }`;

type Entry = {
  clientId: string;
  name: string;
  ownerName: string;
  scopes: string[];
  legacy: boolean;
  authorizedAt: string;
  lastUsedAt: string | null;
};

async function list(client: TestClient): Promise<Entry[]> {
  const result = await client.gql(LIST);
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.authorizedOAuthApps;
}

describe('authorizedOAuthApps', () => {
  it('lists the app with its name, owner, granted scopes and first authorization time', async () => {
    const before = Date.now();
    const { user, app } = await connectApp(server, 'write read', {
      name: 'Calendar Sync',
      ownerName: 'Olga Owner',
    });
    const [entry, ...rest] = await list(user);
    expect(rest).toEqual([]);
    expect(entry).toEqual({
      clientId: app.clientId,
      name: 'Calendar Sync',
      ownerName: 'Olga Owner',
      scopes: ['read', 'write'],
      legacy: false,
      authorizedAt: expect.any(String),
      lastUsedAt: expect.any(String),
    });
    expect(Date.parse(entry?.authorizedAt ?? '')).toBeGreaterThanOrEqual(before - 1000);
  });

  it('shows when the app last used its access: the token exchange, then API calls', async () => {
    const { user, tokens } = await connectApp(server, 'read');
    const [entry] = await list(user);
    expect(Date.parse(entry?.lastUsedAt ?? '')).toBeGreaterThanOrEqual(
      Date.parse(entry?.authorizedAt ?? ''),
    );
    expect((await rest(server, tokens.access_token, 'GET', '/me')).status).toBe(200);
    await expect
      .poll(async () => Date.parse((await list(user))[0]?.lastUsedAt ?? ''))
      .toBeGreaterThanOrEqual(Date.parse(entry?.lastUsedAt ?? ''));
  });

  it('shows only the viewer’s own authorizations, not apps they merely own', async () => {
    const { owner } = await connectApp(server, 'read');
    expect(await list(owner)).toEqual([]);
    expect(await list(await signedInUser(server))).toEqual([]);
  });

  it('keeps the first authorization time when the user authorizes more scopes', async () => {
    const { user, app } = await connectApp(server, 'read');
    const first = (await list(user))[0];
    await obtainTokens(server, user, app, 'write');
    const [again] = await list(user);
    expect(again?.authorizedAt).toBe(first?.authorizedAt);
    expect(again?.scopes).toEqual(['read', 'write']);
  });

  it('is refused to a bearer token, whatever its scopes', async () => {
    const { tokens } = await connectApp(server, 'read write delete');
    const client = new TestClient(server.url);
    client.bearer = tokens.access_token;
    const result = await client.gql(LIST);
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('needs a signed-in user', async () => {
    const result = await new TestClient(server.url).gql(LIST);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('revokeAuthorizedOAuthApp', () => {
  it('ends the app’s access for this user at the next request', async () => {
    const { user, app, tokens } = await connectApp(server, 'read', { requireSecret: true });
    expect((await rest(server, tokens.access_token, 'GET', '/me')).status).toBe(200);

    expect((await user.gql(REVOKE, { clientId: app.clientId })).data).toEqual({
      revokeAuthorizedOAuthApp: true,
    });

    const me = await rest(server, tokens.access_token, 'GET', '/me');
    expect(me.status).toBe(401);
    expect(me.headers.get('www-authenticate')).toMatch(/error="invalid_token"/);
    const refreshed = await postAsApp(server, app, '/oauth/token', {
      grant_type: 'refresh_token',
      refresh_token: tokens.refresh_token,
    });
    expect(refreshed.status).toBe(400);
    expect(await refreshed.json()).toMatchObject({ error: 'invalid_grant' });
    expect(await list(user)).toEqual([]);
  });

  it('makes a code issued before the revocation unusable', async () => {
    const { user, app } = await connectApp(server, 'read');
    const pending = await pendingCode(user, app);
    expect(pending.code).toBeTruthy();
    await user.gql(REVOKE, { clientId: app.clientId });
    const exchanged = await postAsApp(server, app, '/oauth/token', {
      grant_type: 'authorization_code',
      code: pending.code,
      redirect_uri: pending.redirectUri,
      code_verifier: pending.verifier,
    });
    expect(exchanged.status).toBe(400);
    expect(await exchanged.json()).toMatchObject({ error: 'invalid_grant' });
  });

  it('leaves the app to its owner and other users’ access working', async () => {
    const first = await connectApp(server, 'read');
    const other = await signedInUser(server, 'Other User');
    const otherTokens = await obtainTokens(server, other, first.app, 'read');

    await first.user.gql(REVOKE, { clientId: first.app.clientId });

    expect((await rest(server, otherTokens.access_token, 'GET', '/me')).status).toBe(200);
    expect((await list(other)).map((e) => e.clientId)).toEqual([first.app.clientId]);
    const owned = await first.owner.gql(
      graphql(`
        query AuthorizedAppsOwnedOAuthApp($clientId: String!) {
          ownedOAuthApp(clientId: $clientId) {
            clientId
          }
        }
      `),
      { clientId: first.app.clientId },
    );
    expect(owned.data?.ownedOAuthApp.clientId).toBe(first.app.clientId);
  });

  it('lets the user authorize the app again afterwards', async () => {
    const { user, app } = await connectApp(server, 'read');
    await user.gql(REVOKE, { clientId: app.clientId });
    const again = await obtainTokens(server, user, app, 'read');
    expect((await rest(server, again.access_token, 'GET', '/me')).status).toBe(200);
  });

  it('answers NOT_FOUND for an app the user has not authorized, or an unknown one', async () => {
    const { app } = await connectApp(server, 'read');
    const stranger = await signedInUser(server);
    for (const clientId of [app.clientId, 'no-such-client']) {
      const result = await stranger.gql(REVOKE, { clientId });
      expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
  });

  it('is refused to a bearer token, which keeps working', async () => {
    const { app, tokens } = await connectApp(server, 'read write delete');
    const client = new TestClient(server.url);
    client.bearer = tokens.access_token;
    const result = await client.gql(REVOKE, { clientId: app.clientId });
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await rest(server, tokens.access_token, 'GET', '/me')).status).toBe(200);
  });
});
