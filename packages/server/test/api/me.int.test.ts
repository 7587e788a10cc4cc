import { describe, expect, it } from 'vitest';
import { useTestServer } from '../helpers/server.js';
import { connectApp, rest, signedInUser } from './rest.js';
import { documentedFetch } from '../helpers/openapi-conformance.js';

const server = useTestServer();

describe('GET /consumer/v1/me', () => {
  it('returns the profile of the user who authorized the token, with read', async () => {
    const { user, tokens } = await connectApp(server, 'read');
    const me = await rest(server, tokens.access_token, 'GET', '/me');
    expect(me.status).toBe(200);
    expect(me.body).toEqual({ id: user.id, email: user.email, display_name: 'Token User' });
  });

  it('refuses a token without read with 403 insufficient_scope naming read', async () => {
    const { tokens } = await connectApp(server, 'write delete');
    const me = await rest(server, tokens.access_token, 'GET', '/me');
    expect(me.status).toBe(403);
    expect(me.body).toMatchObject({ error: 'insufficient_scope' });
    expect(me.headers.get('www-authenticate')).toBe(
      `Bearer error="insufficient_scope", scope="read", resource_metadata="${server.url}/.well-known/oauth-protected-resource/consumer/v1"`,
    );
  });

  it('refuses an unknown token with 401 invalid_token', async () => {
    const me = await rest(server, 'bnd_at_not-a-real-token', 'GET', '/me');
    expect(me.status).toBe(401);
    expect(me.body).toMatchObject({ error: 'invalid_token' });
    expect(me.headers.get('www-authenticate')).toMatch(/^Bearer error="invalid_token"/);
  });

  it('does not accept a token in the query string (RFC 6750 §2.3)', async () => {
    const { tokens } = await connectApp(server, 'read');
    const response = await documentedFetch(
      `${server.url}/consumer/v1/me?access_token=${encodeURIComponent(tokens.access_token)}`,
    );
    expect(response.status).toBe(401);
  });

  it('writes no token to the log, from the header or the query string', async () => {
    const { tokens } = await connectApp(server, 'read');
    await rest(server, tokens.access_token, 'GET', '/me');
    await documentedFetch(`${server.url}/consumer/v1/me?access_token=${tokens.access_token}`);
    expect(server.logs.length).toBeGreaterThan(0);
    expect(server.logs.join('')).not.toContain(tokens.access_token);
  });

  it('answers the signed-in session too', async () => {
    const user = await signedInUser(server, 'Session User');
    const me = await rest(server, user, 'GET', '/me');
    expect(me.body).toEqual({ id: user.id, email: user.email, display_name: 'Session User' });
  });
});

describe('PATCH /consumer/v1/me', () => {
  it('changes the display name, trimmed, with write', async () => {
    const { tokens } = await connectApp(server, 'read write');
    const patched = await rest(server, tokens.access_token, 'PATCH', '/me', {
      display_name: '  New Name  ',
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ display_name: 'New Name' });
    const me = await rest(server, tokens.access_token, 'GET', '/me');
    expect(me.body).toMatchObject({ display_name: 'New Name' });
  });

  it('refuses a read-only token with 403 insufficient_scope naming write', async () => {
    const { tokens } = await connectApp(server, 'read');
    const patched = await rest(server, tokens.access_token, 'PATCH', '/me', { display_name: 'X' });
    expect(patched.status).toBe(403);
    expect(patched.headers.get('www-authenticate')).toBe(
      `Bearer error="insufficient_scope", scope="write", resource_metadata="${server.url}/.well-known/oauth-protected-resource/consumer/v1"`,
    );
    const me = await rest(server, tokens.access_token, 'GET', '/me');
    expect(me.body).toMatchObject({ display_name: 'Token User' });
  });

  it.each([
    ['an empty name', { display_name: '   ' }],
    ['a name over 100 characters', { display_name: 'x'.repeat(101) }],
    ['a control character', { display_name: 'a\u0007b' }],
  ])('refuses %s with 400 naming display_name', async (_label, body) => {
    const { tokens } = await connectApp(server, 'write');
    const patched = await rest(server, tokens.access_token, 'PATCH', '/me', body);
    expect(patched.status).toBe(400);
    expect(patched.body).toMatchObject({ error: 'invalid_request', field: 'display_name' });
  });

  it('refuses a body without display_name', async () => {
    const { tokens } = await connectApp(server, 'write');
    const patched = await rest(server, tokens.access_token, 'PATCH', '/me', { name: 'X' });
    expect(patched.status).toBe(400);
    expect(patched.body).toMatchObject({ error: 'invalid_request' });
  });

  it('lets the session write only with the product’s own Origin', async () => {
    const user = await signedInUser(server);
    const crossSite = await rest(
      server,
      user,
      'PATCH',
      '/me',
      { display_name: 'Evil' },
      {
        origin: 'https://evil.example',
      },
    );
    expect(crossSite.status).toBe(403);
    const own = await rest(
      server,
      user,
      'PATCH',
      '/me',
      { display_name: 'Mine' },
      {
        origin: new URL(server.config.publicUrl).origin,
      },
    );
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ display_name: 'Mine' });
  });
});
