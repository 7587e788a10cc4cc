import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, TestClient, signUp, SIGN_IN } from '../helpers/client.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { createApp, obtainTokens, postAsApp } from '../helpers/oauth.js';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.js';
import { documentedFetch } from '../helpers/openapi-conformance.js';
import { graphql } from '../gql/index.js';

// Two server processes on one MariaDB database: nothing either keeps in memory may matter.
let database: TestDatabase;
let first: ServerProcess;
let second: ServerProcess;
beforeAll(async () => {
  database = await createTestDatabase();
  const env = {
    DATABASE_URL: database.url,
    DATA_DIR: database.dataDir,
    SECRET_KEY: Buffer.alloc(32, 7).toString('base64'),
    RATE_LIMITS: 'on',
    RATE_LIMIT_SIGN_IN: '3/60',
  };
  // The first start runs the migrations; the second finds the schema current.
  first = await startServerProcess(env);
  second = await startServerProcess(env);
}, 90_000);
afterAll(async () => {
  await Promise.all([first.stop(), second.stop()]);
  await database.drop();
});

async function me(url: string, token: string): Promise<number> {
  return (
    await documentedFetch(`${url}/consumer/v1/me`, {
      headers: { authorization: `Bearer ${token}` },
    })
  ).status;
}

async function connected() {
  const owner = new TestClient(first.url);
  await signUp(owner);
  const app = await createApp(owner, { requireSecret: true });
  const tokens = await obtainTokens({ url: first.url }, owner, app, 'read');
  expect(await me(second.url, tokens.access_token)).toBe(200);
  return { owner, app, tokens };
}

describe('two server processes on one database', () => {
  it('share sessions: signed in on one, signed in on the other, signed out on both', async () => {
    const client = new TestClient(first.url);
    const user = await signUp(client);
    const onSecond = client.at(second.url);
    expect(
      (
        await onSecond.gql(
          graphql(`
            query TwoInstancesViewer {
              viewer {
                id
              }
            }
          `),
        )
      ).data?.viewer?.id,
    ).toBe(user.id);
    await onSecond.gql('mutation { signOut }');
    expect((await client.gql('{ viewer { id } }')).data).toEqual({ viewer: null });
  });

  it('share rate limits', async () => {
    const user = await signUp(new TestClient(first.url));
    for (let i = 0; i < 3; i += 1) {
      await new TestClient(first.url).gql(SIGN_IN, {
        input: { email: user.email, password: `wrong ${i} attempt` },
      });
    }
    const blocked = await new TestClient(second.url).gql(SIGN_IN, {
      input: { email: user.email, password: PASSWORD },
    });
    expect(blocked.status).toBe(429);
  });

  it('enforce a secret rotated on one at the next request on the other', async () => {
    const { owner, app, tokens } = await connected();
    const rotated = await owner.gql(
      `mutation($id: String!) { rotateOAuthAppSecret(clientId: $id) { clientSecret } }`,
      {
        id: app.clientId,
      },
    );
    expect(rotated.errors).toBeUndefined();
    expect(await me(second.url, tokens.access_token)).toBe(401);
    const refresh = await postAsApp({ url: second.url }, app, '/oauth/token', {
      grant_type: 'refresh_token',
      refresh_token: tokens.refresh_token,
    });
    expect(refresh.status).toBe(401);
  });

  it('enforce an app deleted on one at the next request on the other', async () => {
    const { owner, app, tokens } = await connected();
    await owner.gql(`mutation($id: String!) { deleteOAuthApp(clientId: $id) }`, {
      id: app.clientId,
    });
    expect(await me(second.url, tokens.access_token)).toBe(401);
  });

  it('enforce access revoked on one at the next request on the other', async () => {
    const { owner, app, tokens } = await connected();
    const revoked = await owner.gql(
      `mutation($id: String!) { revokeAuthorizedOAuthApp(clientId: $id) }`,
      {
        id: app.clientId,
      },
    );
    expect(revoked.data).toEqual({ revokeAuthorizedOAuthApp: true });
    expect(await me(second.url, tokens.access_token)).toBe(401);
  });
});
