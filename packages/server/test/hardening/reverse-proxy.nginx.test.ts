import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, uniqueEmail, SIGN_UP, SIGN_IN } from '../helpers/client.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { graphqlFrom, requestFrom, type RawAnswer } from '../helpers/from-address.js';
import { startReverseProxy, type ReverseProxy } from '../helpers/reverse-proxy.js';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.js';

// nginx in front of two server processes on one MariaDB database, as docs/scaling-out.md says.
// Clients are 127.0.0.x addresses of their own per test; nginx connects from 127.0.0.3, the one
// proxy TRUST_PROXY names.
let database: TestDatabase;
let instances: ServerProcess[];
let proxy: ReverseProxy;
beforeAll(async () => {
  database = await createTestDatabase();
  const env = {
    DATABASE_URL: database.url,
    DATA_DIR: database.dataDir,
    SECRET_KEY: Buffer.alloc(32, 9).toString('base64'),
    RATE_LIMITS: 'on',
    RATE_LIMIT_SIGN_UP: '2/3600',
    RATE_LIMIT_SIGN_IN_IP: '3/900',
    TRUST_PROXY: '127.0.0.3',
  };
  // The first start runs the migrations; the second finds the schema current.
  const first = await startServerProcess(env);
  instances = [first, await startServerProcess(env)];
  proxy = await startReverseProxy(instances.map((instance) => instance.url));
}, 90_000);
afterAll(async () => {
  await proxy.stop();
  await Promise.all(instances.map((instance) => instance.stop()));
  await database.drop();
});

const signUp = (from: string, url: string, headers: Record<string, string> = {}) =>
  graphqlFrom(
    from,
    url,
    SIGN_UP,
    { input: { email: uniqueEmail(), password: PASSWORD, displayName: 'Proxy User' } },
    headers,
  );
const signIn = (from: string, email: string, password: string, headers = {}) =>
  graphqlFrom(from, proxy.httpUrl, SIGN_IN, { input: { email, password } }, headers);
const direct = () => instances[0]?.url ?? '';
const errorCode = (answer: RawAnswer) =>
  answer.json<{ errors?: { extensions?: { code?: string } }[] }>().errors?.[0]?.extensions?.code;

describe('behind nginx with TRUST_PROXY naming it', () => {
  it('limits sign-ups per client address, not per proxy', async () => {
    for (let i = 0; i < 2; i += 1)
      expect((await signUp('127.0.0.1', proxy.httpUrl)).status).toBe(200);
    const limited = await signUp('127.0.0.1', proxy.httpUrl);
    expect(limited.status).toBe(429);
    expect(errorCode(limited)).toBe('TOO_MANY_REQUESTS');
    expect((await signUp('127.0.0.2', proxy.httpUrl)).status).toBe(200);
  });

  it('limits failed sign-ins per client address: another address still signs in', async () => {
    const email = uniqueEmail();
    const created = await graphqlFrom('127.0.0.6', direct(), SIGN_UP, {
      input: { email, password: PASSWORD, displayName: 'Proxy User' },
    });
    expect(created.status).toBe(200);
    for (let i = 0; i < 3; i += 1)
      expect(errorCode(await signIn('127.0.0.7', email, `wrong ${i}`))).toBe('UNAUTHENTICATED');
    expect((await signIn('127.0.0.7', email, PASSWORD)).status).toBe(429);
    const forged = await signIn('127.0.0.7', email, PASSWORD, { 'x-forwarded-for': '10.1.1.1' });
    expect(forged.status).toBe(429);
    const other = await signIn('127.0.0.8', email, PASSWORD);
    expect(other.status).toBe(200);
    expect(other.json<{ data: { signIn: { id: string } } }>().data.signIn.id).toBeTruthy();
  });

  it('does not let a client escape its limit with its own X-Forwarded-For through nginx', async () => {
    for (let i = 0; i < 2; i += 1) {
      const forged = { 'x-forwarded-for': `10.2.0.${i}` };
      expect((await signUp('127.0.0.4', proxy.httpUrl, forged)).status).toBe(200);
    }
    const again = await signUp('127.0.0.4', proxy.httpUrl, { 'x-forwarded-for': '10.2.0.9' });
    expect(again.status).toBe(429);
  });

  it('counts a direct request under its real address, whatever X-Forwarded-For it sends', async () => {
    for (let i = 0; i < 2; i += 1) {
      const forged = { 'x-forwarded-for': `10.3.0.${i}` };
      expect((await signUp('127.0.0.5', direct(), forged)).status).toBe(200);
    }
    expect((await signUp('127.0.0.5', direct(), { 'x-forwarded-for': '10.3.0.9' })).status).toBe(
      429,
    );
  });

  it('makes the session cookie Secure, and sends HSTS, when nginx forwards https', async () => {
    const overTls = await signUp('127.0.0.10', proxy.httpsUrl);
    expect(overTls.status).toBe(200);
    expect(String(overTls.headers['set-cookie'])).toMatch(/bnder_session=[^;]+;.*;\s*Secure/i);
    expect(overTls.headers['strict-transport-security']).toMatch(/max-age=/);

    const plain = await signUp('127.0.0.11', proxy.httpUrl);
    expect(String(plain.headers['set-cookie'])).not.toMatch(/Secure/i);
    expect(plain.headers['strict-transport-security']).toBeUndefined();
  });

  it('ignores X-Forwarded-Proto from a client that is not the proxy', async () => {
    const claimed = await signUp('127.0.0.12', direct(), { 'x-forwarded-proto': 'https' });
    expect(claimed.status).toBe(200);
    expect(String(claimed.headers['set-cookie'])).toMatch(/bnder_session=/);
    expect(String(claimed.headers['set-cookie'])).not.toMatch(/Secure/i);
    expect(claimed.headers['strict-transport-security']).toBeUndefined();
  });

  it('logs the client address as remoteAddress, not the proxy’s or a forged one', async () => {
    const viaProxy = `/probe-${randomUUID()}`;
    await requestFrom('127.0.0.13', `${proxy.httpUrl}${viaProxy}`, {
      headers: { 'x-forwarded-for': '10.6.6.6' },
    });
    expect((await requestLine(viaProxy)).remoteAddress).toBe('127.0.0.13');

    const sentDirect = `/probe-${randomUUID()}`;
    await requestFrom('127.0.0.14', `${direct()}${sentDirect}`, {
      headers: { 'x-forwarded-for': '10.7.7.7' },
    });
    expect((await requestLine(sentDirect)).remoteAddress).toBe('127.0.0.14');
  });
});

/** The request line either instance wrote for `path` (lines are flushed within a second). */
async function requestLine(path: string): Promise<{ remoteAddress?: string }> {
  for (let tries = 0; tries < 100; tries += 1) {
    for (const instance of instances) {
      const line = instance
        .output()
        .split('\n')
        .find((text) => text.includes(`"path":"${path}"`));
      if (line) return JSON.parse(line) as { remoteAddress?: string };
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`no request line for ${path}`);
}
