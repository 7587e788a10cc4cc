import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { connectApp } from '../api/rest.js';
import { useTestServer } from '../helpers/server.js';

const server = useTestServer();

type Raw = { status: number; headers: Record<string, unknown>; body: Buffer };

/** One request whose body is read as it crossed the wire (node:http decodes nothing). */
function send(method: string, path: string, headers: Record<string, string>, body?: string) {
  return new Promise<Raw>((resolve, reject) => {
    const req = request(new URL(path, server.url), { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks),
        }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

const decoded = (raw: Raw) =>
  JSON.parse(
    (raw.headers['content-encoding'] === 'br'
      ? brotliDecompressSync(raw.body)
      : raw.headers['content-encoding'] === 'gzip'
        ? gunzipSync(raw.body)
        : raw.body
    ).toString(),
  ) as Record<string, unknown>;

describe('JSON over 1 KiB, compressed', () => {
  it.each([
    ['br, gzip', 'br'],
    ['gzip', 'gzip'],
  ])('sends the OpenAPI document as %s asks', async (accept, encoding) => {
    const raw = await send('GET', '/consumer/v1/openapi.json', { 'accept-encoding': accept });
    expect(raw.status).toBe(200);
    expect(raw.headers['content-encoding']).toBe(encoding);
    expect(raw.headers.vary).toMatch(/accept-encoding/i);
    expect(decoded(raw)).toMatchObject({ openapi: expect.stringMatching(/^3\.1/) });
  });

  it('sends a long list compressed and a short one as it is', async () => {
    const { tokens } = await connectApp(server, 'read write');
    const auth = { authorization: `Bearer ${tokens.access_token}`, 'accept-encoding': 'br, gzip' };
    const short = await send('GET', '/consumer/v1/notes', auth);
    expect(short.headers['content-encoding']).toBeUndefined();
    for (let i = 0; i < 12; i += 1) {
      const created = await send(
        'POST',
        '/consumer/v1/notes',
        { ...auth, 'content-type': 'application/json' },
        JSON.stringify({ title: `Note ${i}`, body: 'A body of some length. '.repeat(6) }),
      );
      expect(created.status).toBe(201);
    }
    const long = await send('GET', '/consumer/v1/notes', auth);
    expect(long.headers['content-encoding']).toBe('br');
    expect((decoded(long).data as unknown[]).length).toBe(12);
  });

  it('leaves the bearer check and the OAuth endpoints alone (no hook on the hot paths)', async () => {
    const { tokens, app } = await connectApp(server, 'read', { requireSecret: true });
    const me = await send('GET', '/consumer/v1/me', {
      authorization: `Bearer ${tokens.access_token}`,
      'accept-encoding': 'br, gzip',
    });
    expect(me.status).toBe(200);
    expect(me.headers['content-encoding']).toBeUndefined();
    expect(me.headers.vary).toBeUndefined();
    const basic = Buffer.from(`${app.clientId}:${app.clientSecret ?? ''}`).toString('base64');
    const introspected = await send(
      'POST',
      '/oauth/introspect',
      {
        authorization: `Basic ${basic}`,
        'content-type': 'application/x-www-form-urlencoded',
        'accept-encoding': 'br, gzip',
      },
      `token=${tokens.access_token}`,
    );
    expect(introspected.status).toBe(200);
    expect(introspected.headers['content-encoding']).toBeUndefined();
    expect(introspected.headers.vary).toBeUndefined();
  });
});
