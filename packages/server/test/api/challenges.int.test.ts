import { describe, expect, it } from 'vitest';
import { documentedFetch } from '../helpers/openapi-conformance.js';
import { useTestServer } from '../helpers/server.js';
import { connectApp } from './rest.js';

const server = useTestServer();

const ORIGIN = 'https://integration.example';

function call(path: string, init: RequestInit & { headers?: Record<string, string> } = {}) {
  const headers = { origin: ORIGIN, ...init.headers };
  return documentedFetch(`${server.url}${path}`, { ...init, headers });
}

function expectReadableByBrowserApps(response: Response) {
  expect(response.headers.get('access-control-allow-origin')).toBe('*');
  const exposed = response.headers.get('access-control-expose-headers') ?? '';
  expect(exposed).toMatch(/WWW-Authenticate/i);
  expect(exposed).toMatch(/Retry-After/i);
}

describe('401 from /consumer/v1 (RFC 9110 §15.5.2, RFC 6750 §3)', () => {
  it.each([
    ['GET', '/consumer/v1/me'],
    ['PATCH', '/consumer/v1/me'],
    ['GET', '/consumer/v1/notes'],
    ['POST', '/consumer/v1/notes'],
    ['GET', '/consumer/v1/notes/1'],
    ['GET', '/consumer/v1/oauth/clients'],
    ['POST', '/consumer/v1/oauth/clients'],
    ['GET', '/consumer/v1/oauth/clients/some-client'],
    ['GET', '/consumer/v1/oauth/clients/some-client/secret'],
  ])('challenges %s %s without credentials, naming no error', async (method, path) => {
    const response = await call(path, { method });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe(
      `Bearer realm="bnder", resource_metadata="${server.url}/.well-known/oauth-protected-resource/consumer/v1"`,
    );
    expect(await response.json()).toMatchObject({ error: 'unauthenticated' });
    expectReadableByBrowserApps(response);
  });

  it('challenges a stale session cookie like no credentials', async () => {
    const response = await call('/consumer/v1/me', {
      headers: { cookie: 'bnder_session=stale-session-value' },
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe(
      `Bearer realm="bnder", resource_metadata="${server.url}/.well-known/oauth-protected-resource/consumer/v1"`,
    );
  });

  it('challenges an unknown token with invalid_token, readable cross-origin', async () => {
    const response = await call('/consumer/v1/oauth/clients', {
      headers: { authorization: 'Bearer bnd_at_unknown' },
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer error="invalid_token"/);
    expectReadableByBrowserApps(response);
  });
});

describe('the Bearer scheme (RFC 9110 §11.1, RFC 6750 §2.1)', () => {
  it.each([
    ['lower case', 'bearer '],
    ['upper case', 'BEARER '],
    ['mixed case', 'bEaReR '],
    ['several spaces', 'Bearer    '],
  ])('accepts the scheme in %s at REST and GraphQL', async (_label, prefix) => {
    const { user, tokens } = await connectApp(server, 'read');
    const authorization = `${prefix}${tokens.access_token}`;
    const me = await call('/consumer/v1/me', { headers: { authorization } });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ id: user.id });
    const viewer = await call('/graphql', {
      method: 'POST',
      headers: { authorization, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ viewer { id } }' }),
    });
    expect(await viewer.json()).toEqual({ data: { viewer: { id: user.id } } });
  });

  it.each([
    ['no token', 'Bearer'],
    ['two tokens', 'Bearer a b'],
    ['another scheme', 'Token abc'],
  ])('refuses %s with invalid_request, in the RFC 6750 §3 charset', async (_label, header) => {
    const response = await call('/consumer/v1/me', { headers: { authorization: header } });
    expect(response.status).toBe(400);
    const challenge = response.headers.get('www-authenticate') ?? '';
    expect(challenge).toMatch(
      /^Bearer error="invalid_request", error_description="[^"\\]+", resource_metadata="[^"\\]+"$/,
    );
    const body = (await response.json()) as { error: string; error_description: string };
    expect(body.error).toBe('invalid_request');
    expect(body.error_description).not.toMatch(/["\\]/);
  });
});

describe('error_description on /consumer/v1', () => {
  it('holds no quote or backslash even when it names the input at fault', async () => {
    const { tokens } = await connectApp(server, 'read write');
    const response = await call('/consumer/v1/notes', {
      method: 'POST',
      headers: {
        authorization: `Bearer ${tokens.access_token}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ title: 'x', 'a"b\\c': 1 }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error_description: string; field: string };
    expect(body.error_description).not.toMatch(/["\\]/);
    expect(body.field).toBe('a"b\\c');
  });
});
