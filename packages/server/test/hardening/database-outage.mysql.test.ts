import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, signUp } from '../helpers/client.js';
import { createApp, obtainTokens, postAsApp } from '../helpers/oauth.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { TcpProxy } from '../../../../tooling/tcp-proxy.mjs';
import { graphql } from '../gql/index.js';

const VIEWER = graphql(`
  query DatabaseOutageViewer {
    viewer {
      id
    }
  }
`);

let server: TestServer;
let proxy: TcpProxy;
beforeAll(async () => {
  const target = new URL(process.env.TEST_DATABASE_URL ?? 'mysql://root@127.0.0.1:3306');
  proxy = new TcpProxy(target.hostname, Number(target.port || 3306));
  await proxy.start();
  server = await startTestServer(
    {},
    {
      rewriteDatabaseUrl: (url) => {
        const viaProxy = new URL(url);
        viaProxy.port = String(proxy.port);
        return viaProxy.toString();
      },
    },
  );
});
afterAll(async () => {
  await proxy.start();
  await server.close();
  await proxy.stop();
});

async function eventually(check: () => Promise<boolean>, attempts = 40): Promise<boolean> {
  for (let i = 0; i < attempts; i += 1) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

describe('when the database goes away and comes back', () => {
  it('answers 503 while it is down, stays up, and recovers by itself', async () => {
    const client = new TestClient(server.url);
    const user = await signUp(client);

    await proxy.cut();
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(503);
    expect(await health.json()).toEqual({ status: 'unavailable', database: 'down' });

    const during = await client.gql(VIEWER);
    expect(during.status).toBe(503);
    expect(during.headers.get('retry-after')).toBe('5');
    expect(JSON.stringify(during)).toMatch(/SERVICE_UNAVAILABLE|temporarily_unavailable/);

    const rest = await client.fetch('/consumer/v1/me');
    expect(rest.status).toBe(503);
    expect(await rest.json()).toMatchObject({ error: 'temporarily_unavailable' });

    await proxy.start();
    expect(
      await eventually(async () => (await fetch(`${server.url}/healthz`)).status === 200),
    ).toBe(true);
    expect(
      await eventually(async () => (await client.gql(VIEWER)).data?.viewer !== undefined),
    ).toBe(true);
    expect((await client.gql(VIEWER)).data?.viewer?.id).toBe(user.id);
  });

  it('answers 503 with the same Retry-After from the OAuth endpoints, REST and GraphQL', async () => {
    const client = new TestClient(server.url);
    await signUp(client);
    const app = await createApp(client, { requireSecret: true });
    const tokens = await obtainTokens(server, client, app, 'read');

    await proxy.cut();
    const answers = [
      await postAsApp(server, app, '/oauth/token', {
        grant_type: 'refresh_token',
        refresh_token: tokens.refresh_token,
      }),
      await postAsApp(server, app, '/oauth/introspect', { token: tokens.access_token }),
      await postAsApp(server, app, '/oauth/revoke', { token: tokens.access_token }),
    ];
    for (const answer of answers) {
      expect(answer.status).toBe(503);
      expect(answer.headers.get('retry-after')).toBe('5');
      expect(await answer.json()).toMatchObject({ error: 'temporarily_unavailable' });
    }
    const rest = await fetch(`${server.url}/consumer/v1/me`, {
      headers: { authorization: `Bearer ${tokens.access_token}` },
    });
    expect(rest.status).toBe(503);
    expect(rest.headers.get('retry-after')).toBe('5');
    expect((await client.gql(VIEWER)).headers.get('retry-after')).toBe('5');

    await proxy.start();
    expect(
      await eventually(async () => (await fetch(`${server.url}/healthz`)).status === 200),
    ).toBe(true);
    const after = await eventually(
      async () =>
        (
          await postAsApp(server, app, '/oauth/token', {
            grant_type: 'refresh_token',
            refresh_token: tokens.refresh_token,
          })
        ).status === 200,
    );
    expect(after).toBe(true);
  });
});

describe('GET /readyz while the database is unreachable', () => {
  it('answers 503, and 200 again once the database is back', async () => {
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    await proxy.cut();
    const down = await fetch(`${server.url}/readyz`);
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ status: 'unavailable', database: 'down' });
    await proxy.start();
    expect(await eventually(async () => (await fetch(`${server.url}/readyz`)).status === 200)).toBe(
      true,
    );
  });
});
