import { describe, expect, it } from 'vitest';
import { basicAuthorization } from '../../../../tooling/client-auth.mjs';
import { useTestServer } from '../helpers/server.js';
import { postRaw } from '../oauth/support.js';
import { REDIRECT_URI, authorizeParams, ownerWithApp, push } from './support.js';

const server = useTestServer();

describe('POST /oauth/par', () => {
  it('answers 201 with a single-use URN reference, never cached', async () => {
    const { app } = await ownerWithApp(server, true);
    const pushed = await push(server, app, authorizeParams(app).params);
    expect(pushed.status).toBe(201);
    expect(pushed.headers.get('cache-control')).toContain('no-store');
    expect(pushed.body).toEqual({
      request_uri: expect.stringMatching(/^urn:ietf:params:oauth:request_uri:[\w-]{43}$/),
      expires_in: 90,
    });
  });

  it('keeps only a hash of the reference and never the client secret', async () => {
    const { app } = await ownerWithApp(server, true);
    const secret = app.clientSecret ?? '';
    // client_secret_post: the secret travels in the body beside the authorize parameters.
    const body = new URLSearchParams({ ...authorizeParams(app).params, client_secret: secret });
    const pushed = await postRaw(server, '/oauth/par', body.toString());
    expect(pushed.status).toBe(201);
    const reference = String(pushed.body.request_uri).split(':').pop() ?? '';
    const rows = await server.db.query('SELECT * FROM oauth_pushed_requests');
    const stored = JSON.stringify(rows);
    expect(stored).not.toContain(reference);
    expect(stored).not.toContain(secret);
    expect(server.logs.join('\n')).not.toContain(reference);
  });

  it('refuses a wrong client secret or an unknown client with invalid_client', async () => {
    const { app } = await ownerWithApp(server, true);
    const params = new URLSearchParams(authorizeParams(app).params).toString();
    const wrong = await postRaw(server, '/oauth/par', params, {
      authorization: basicAuthorization(app.clientId, 'bnd_cs_wrong'),
    });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error).toBe('invalid_client');
    expect(wrong.headers.get('www-authenticate')).toMatch(/^Basic /);
    const missing = await postRaw(server, '/oauth/par', params.replace(app.clientId, 'nobody'));
    expect(missing.status).toBe(401);
    expect(missing.body.error).toBe('invalid_client');
    // A confidential app cannot push as if it were public.
    const unauthenticated = await postRaw(server, '/oauth/par', params);
    expect(unauthenticated.body.error).toBe('invalid_client');
  });

  it('refuses a client secret in the query string', async () => {
    const { app } = await ownerWithApp(server, true);
    const answered = await postRaw(
      server,
      `/oauth/par?client_secret=${encodeURIComponent(app.clientSecret ?? '')}`,
      new URLSearchParams({ ...authorizeParams(app).params }).toString(),
    );
    expect(answered.status).toBe(400);
    expect(answered.body.error).toBe('invalid_request');
  });

  it('refuses a pushed request that itself names a request_uri (RFC 9126 §2.1)', async () => {
    const { app } = await ownerWithApp(server, false);
    const { params } = authorizeParams(app, {
      request_uri: 'urn:ietf:params:oauth:request_uri:abc',
    });
    const pushed = await push(server, app, params);
    expect(pushed.status).toBe(400);
    expect(pushed.body.error).toBe('invalid_request');
  });

  it.each([
    ['an unknown scope', { scope: 'admin' }, 'invalid_scope'],
    ['no scope', { scope: '' }, 'invalid_scope'],
    [
      'an unregistered redirect URI',
      { redirect_uri: 'http://127.0.0.1:1/elsewhere' },
      'invalid_request',
    ],
    ['the plain PKCE method', { code_challenge_method: 'plain' }, 'invalid_request'],
    [
      'no PKCE from a public client',
      { code_challenge: '', code_challenge_method: '' },
      'invalid_request',
    ],
    ['the implicit response type', { response_type: 'token' }, 'unsupported_response_type'],
    ['an overlong state', { state: 'x'.repeat(1001) }, 'invalid_request'],
  ])('validates like the authorize endpoint: %s', async (_label, change, error) => {
    const { app } = await ownerWithApp(server, false);
    const { params } = authorizeParams(app);
    for (const [name, value] of Object.entries(change)) {
      if (value === '') delete params[name];
      else params[name] = value;
    }
    const pushed = await push(server, app, params);
    expect(pushed.status).toBe(400);
    expect(pushed.body).toEqual({ error, error_description: expect.any(String) });
  });

  it('refuses a request too large to keep', async () => {
    const { app } = await ownerWithApp(server, false);
    const { params } = authorizeParams(app, { extra: '\u0001'.repeat(8 * 1024) });
    const pushed = await push(server, app, params);
    expect(pushed.status).toBe(400);
    expect(pushed.body.error).toBe('invalid_request');
  });

  it('refuses a repeated parameter', async () => {
    const { app } = await ownerWithApp(server, false);
    const body = new URLSearchParams(authorizeParams(app).params);
    body.append('scope', 'write');
    const answered = await postRaw(server, '/oauth/par', body.toString());
    expect(answered.status).toBe(400);
    expect(answered.body.error).toBe('invalid_request');
  });

  it('needs a form body', async () => {
    const { app } = await ownerWithApp(server, false);
    const answered = await fetch(new URL('/oauth/par', server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(authorizeParams(app).params),
    });
    expect(answered.status).toBe(400);
    expect(((await answered.json()) as { error: string }).error).toBe('invalid_request');
  });

  it('answers CORS for browser apps, as the token endpoint does', async () => {
    const { app } = await ownerWithApp(server, false);
    const response = await fetch(new URL('/oauth/par', server.url), {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'https://spa.example',
      },
      body: new URLSearchParams({ ...authorizeParams(app).params, redirect_uri: REDIRECT_URI }),
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
  });
});
