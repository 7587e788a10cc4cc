import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestFrom, type RawAnswer } from '../helpers/from-address.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

// One server process on SQLite; the proxy is played by a client at 127.0.0.3 (the nginx test,
// reverse-proxy.nginx.test.ts, puts a real nginx in front of two instances).
const PROXY = '127.0.0.3';
const forwarded = { 'x-forwarded-for': '203.0.113.7', 'x-forwarded-proto': 'https' };

let trusting: TestServer;
let plain: TestServer;
beforeAll(async () => {
  [trusting, plain] = await Promise.all([
    startTestServer({ TRUST_PROXY: `${PROXY}, 10.0.0.0/8` }),
    startTestServer(),
  ]);
});
afterAll(async () => Promise.all([trusting.close(), plain.close()]));

/** Sends GET /probe-… from `from` with `headers`; returns the answer and its request line. */
async function probe(server: TestServer, from: string, headers: Record<string, string>) {
  const path = `/probe-${randomUUID()}`;
  const answer: RawAnswer = await requestFrom(from, `${server.url}${path}`, { headers });
  return { answer, line: await requestLine(server, path) };
}

/** The line is written once the response is sent, which may be just after the client has it. */
async function requestLine(server: TestServer, path: string) {
  for (let tries = 0; tries < 100; tries += 1) {
    const line = server.logs
      .flatMap((chunk) => chunk.split('\n'))
      .find((text) => text.includes(`"path":"${path}"`));
    if (line) return JSON.parse(line) as { remoteAddress?: string };
    await new Promise((done) => setTimeout(done, 20));
  }
  throw new Error(`no request line for ${path}`);
}

describe('TRUST_PROXY', () => {
  it('unset, ignores X-Forwarded-For and X-Forwarded-Proto', async () => {
    const { answer, line } = await probe(plain, PROXY, forwarded);
    expect(line.remoteAddress).toBe(PROXY);
    expect(answer.headers['strict-transport-security']).toBeUndefined();
  });

  it('set, takes the client address and scheme from a listed proxy', async () => {
    const { answer, line } = await probe(trusting, PROXY, forwarded);
    expect(line.remoteAddress).toBe('203.0.113.7');
    expect(answer.headers['strict-transport-security']).toMatch(/max-age=/);
  });

  it('set, skips every listed proxy in the chain, and stops at the first address not listed', async () => {
    const { line } = await probe(trusting, PROXY, {
      'x-forwarded-for': '198.51.100.1, 203.0.113.9, 10.1.2.3',
    });
    expect(line.remoteAddress).toBe('203.0.113.9');
  });

  it('set, ignores the headers from a client that is not listed', async () => {
    const { answer, line } = await probe(trusting, '127.0.0.4', forwarded);
    expect(line.remoteAddress).toBe('127.0.0.4');
    expect(answer.headers['strict-transport-security']).toBeUndefined();
  });
});
