import { describe, expect, it } from 'vitest';
import { obtainTokens } from '../helpers/oauth.js';
import { useTestServer } from '../helpers/server.js';
import { basic, pendingCode, postRaw, userWithApp } from './support.js';

const server = useTestServer();

const ENDPOINTS = ['/oauth/token', '/oauth/revoke', '/oauth/introspect'] as const;

/** Requests each endpoint must refuse with 401 invalid_client, however the client failed. */
const FAILURES: [
  string,
  (clientId: string) => { body: string; headers: Record<string, string> },
][] = [
  ['no client at all', () => ({ body: 'token=x', headers: {} })],
  ['an unknown client_id', () => ({ body: 'client_id=nobody&token=x', headers: {} })],
  [
    'a confidential client without its secret',
    (id) => ({ body: `client_id=${id}&token=x`, headers: {} }),
  ],
  [
    'a wrong client_secret_post',
    (id) => ({ body: `client_id=${id}&client_secret=bnd_cs_wrong&token=x`, headers: {} }),
  ],
  [
    'a wrong Basic secret',
    (id) => ({ body: 'token=x', headers: { authorization: basic(id, 'bnd_cs_wrong') } }),
  ],
  [
    'a header of another scheme',
    () => ({ body: 'token=x', headers: { authorization: 'Digest abc' } }),
  ],
  [
    'malformed Basic credentials',
    () => ({ body: 'token=x', headers: { authorization: 'Basic !!' } }),
  ],
];

describe('401 from the OAuth endpoints (RFC 6749 §5.2, RFC 9110 §15.5.2)', () => {
  for (const path of ENDPOINTS) {
    it.each(FAILURES)(`challenges with Basic at ${path} for %s`, async (_label, request) => {
      const { app } = await userWithApp(server, { requireSecret: true });
      const { body, headers } = request(app.clientId);
      const response = await postRaw(server, path, body, {
        origin: 'https://spa.example',
        ...headers,
      });
      expect(response.status).toBe(401);
      expect(response.body.error).toBe('invalid_client');
      expect(response.headers.get('www-authenticate')).toBe('Basic realm="bnder", charset="UTF-8"');
      // A browser app may read why it was refused, and when to retry.
      expect(response.headers.get('access-control-expose-headers')).toMatch(/WWW-Authenticate/i);
      expect(response.headers.get('access-control-expose-headers')).toMatch(/Retry-After/i);
      expect(String(response.body.error_description)).not.toMatch(/["\\]/);
    });
  }
});

describe('the Basic scheme (RFC 9110 §11.1, RFC 7617 §2)', () => {
  it.each([
    ['lower case', 'basic '],
    ['upper case', 'BASIC '],
    ['mixed case', 'bAsIc '],
    ['several spaces', 'Basic   '],
  ])('accepts the scheme in %s', async (_label, prefix) => {
    const { client, app } = await userWithApp(server, { requireSecret: true });
    const issued = await pendingCode(client, app);
    const credentials = basic(app.clientId, app.clientSecret ?? '').slice('Basic '.length);
    const form = new URLSearchParams({
      grant_type: 'authorization_code',
      code: issued.code,
      redirect_uri: issued.redirectUri,
      code_verifier: issued.verifier,
    });
    const response = await postRaw(server, '/oauth/token', form.toString(), {
      authorization: `${prefix}${credentials}`,
    });
    expect(response.status).toBe(200);
    const introspected = await postRaw(
      server,
      '/oauth/introspect',
      `token=${String(response.body.access_token)}`,
      {
        authorization: `${prefix}${credentials}`,
      },
    );
    expect(introspected.body).toMatchObject({ active: true });
  });

  it('accepts a lower-case scheme at revocation', async () => {
    const { client, app } = await userWithApp(server, { requireSecret: true });
    const tokens = await obtainTokens(server, client, app, 'read');
    const credentials = basic(app.clientId, app.clientSecret ?? '').slice('Basic '.length);
    const revoked = await postRaw(server, '/oauth/revoke', `token=${tokens.refresh_token}`, {
      authorization: `basic ${credentials}`,
    });
    expect(revoked.status).toBe(200);
  });
});
