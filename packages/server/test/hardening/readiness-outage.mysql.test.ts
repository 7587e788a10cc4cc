import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { TcpProxy } from '../../../../tooling/tcp-proxy.mjs';

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
