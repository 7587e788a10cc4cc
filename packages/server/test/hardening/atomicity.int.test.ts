import { describe, expect, it } from 'vitest';
import { TestClient, signUp } from '../helpers/client.js';
import { failStatementsOn, injectedFaultsLogged } from '../helpers/fault-injection.js';
import { createApp, obtainTokens, pendingCode, postAsApp, type TestApp } from '../helpers/oauth.js';
import { useTestServer } from '../helpers/server.js';
import { documentedFetch } from '../helpers/openapi-conformance.js';
import { graphql } from '../gql/index.js';

const server = useTestServer();

async function ownerWithApp(): Promise<{ client: TestClient; app: TestApp }> {
  const client = new TestClient(server.url);
  await signUp(client);
  return { client, app: await createApp(client, { requireSecret: true }) };
}

/** Fails `statement` on `table` while `action` runs, and checks that the fault was what it hit. */
async function withFault<T>(
  table: string,
  statement: 'INSERT' | 'DELETE',
  action: () => Promise<T>,
): Promise<T> {
  const before = injectedFaultsLogged(server.logs);
  const restore = await failStatementsOn(server.db, table, statement);
  try {
    return await action();
  } finally {
    await restore();
    // The server logged the database's refusal: the change reached the faulting statement.
    expect(injectedFaultsLogged(server.logs)).toBeGreaterThan(before);
  }
}

async function apiStatus(token: string): Promise<number> {
  const response = await documentedFetch(`${server.url}/consumer/v1/me`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return response.status;
}

/** Every multi-row change is all or nothing: the database fails it midway, and nothing of it stays. */
describe('a change the database fails in the middle', () => {
  it('code exchange: no token is issued and the code stays redeemable', async () => {
    const { client, app } = await ownerWithApp();
    const { code, verifier, redirectUri } = await pendingCode(client, app);
    const exchange = () =>
      postAsApp(server, app, '/oauth/token', {
        grant_type: 'authorization_code',
        code,
        redirect_uri: redirectUri,
        code_verifier: verifier,
      });
    const failed = await withFault('oauth_tokens', 'INSERT', exchange);
    expect(failed.status).toBeGreaterThanOrEqual(500);
    expect(await failed.json()).toMatchObject({ error: expect.any(String) });

    const retried = await exchange();
    expect(retried.status).toBe(200);
  });

  it('refresh rotation: the old refresh token is not spent and still rotates once', async () => {
    const { client, app } = await ownerWithApp();
    const tokens = await obtainTokens(server, client, app, 'read');
    const refresh = () =>
      postAsApp(server, app, '/oauth/token', {
        grant_type: 'refresh_token',
        refresh_token: tokens.refresh_token,
      });
    const failed = await withFault('oauth_tokens', 'INSERT', refresh);
    expect(failed.status).toBeGreaterThanOrEqual(500);

    const retried = await refresh();
    expect(retried.status).toBe(200);
    // The first success did not count as reuse: the chain's access token still works.
    expect(await apiStatus(((await retried.json()) as { access_token: string }).access_token)).toBe(
      200,
    );
  });

  it('rotate with revoke: the old secret and the sessions both survive', async () => {
    const { client, app } = await ownerWithApp();
    const tokens = await obtainTokens(server, client, app, 'read');
    const rotated = await withFault('oauth_tokens', 'DELETE', () =>
      client.gql(
        `mutation($id: String!) { rotateOAuthAppSecret(clientId: $id) { clientSecret } }`,
        {
          id: app.clientId,
        },
      ),
    );
    expect(rotated.errors?.[0]?.extensions?.code).toBeDefined();
    expect(rotated.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');

    expect(await apiStatus(tokens.access_token)).toBe(200);
    const introspected = await postAsApp(server, app, '/oauth/introspect', {
      token: tokens.access_token,
    });
    expect(introspected.status).toBe(200);
    expect(await introspected.json()).toMatchObject({ active: true });
  });

  it('delete with cascade: the app and its tokens are all still there', async () => {
    const { client, app } = await ownerWithApp();
    const tokens = await obtainTokens(server, client, app, 'read');
    const deleted = await withFault('oauth_tokens', 'DELETE', () =>
      client.gql(`mutation($id: String!) { deleteOAuthApp(clientId: $id) }`, { id: app.clientId }),
    );
    expect(deleted.errors?.[0]?.extensions?.code).toBeDefined();
    expect(deleted.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');

    const stillThere = await client.gql(
      graphql(`
        query AtomicityOwnedOAuthApp($id: String!) {
          ownedOAuthApp(clientId: $id) {
            clientId
          }
        }
      `),
      { id: app.clientId },
    );
    expect(stillThere.data?.ownedOAuthApp.clientId).toBe(app.clientId);
    expect(await apiStatus(tokens.access_token)).toBe(200);
    const activity = await client.gql(
      graphql(`
        query AtomicityOauthAppActivity($id: String!) {
          oauthAppActivity(clientId: $id) {
            type
          }
        }
      `),
      { id: app.clientId },
    );
    expect(activity.data?.oauthAppActivity.map((e) => e.type)).not.toContain('DELETED');
  });
});
