import { describe, expect, it } from 'vitest';
import { TestClient } from '../helpers/client.js';
import { authorize, obtainTokens, pkcePair, postAsApp } from '../helpers/oauth.js';
import { useTestServer } from '../helpers/server.js';
import { authorizeParams, authorizePath, userWithApp } from './support.js';
import { graphql } from '../gql/index.js';

const server = useTestServer();

const REDIRECT = 'https://client.example.test/callback';

function redirectParams(response: Response) {
  const location = response.headers.get('location');
  if (!location) throw new Error(`no redirect (${response.status})`);
  return new URL(location, server.url);
}

async function expectErrorPage(response: Response) {
  expect(response.status).toBe(400);
  expect(response.headers.get('location')).toBeNull();
  expect(response.headers.get('content-type')).toMatch(/text\/html/);
  expect(await response.text()).toMatch(/Nothing was shared/);
}

describe('GET /oauth/authorize', () => {
  it('stores a valid request and sends the signed-in user to consent, unframeable', async () => {
    const { client, app } = await userWithApp(server, { requireSecret: true });
    const response = await client.fetch(authorizePath(authorizeParams(app)));
    expect(response.status).toBe(302);
    const target = redirectParams(response);
    expect(target.pathname).toBe('/oauth/consent');
    expect(target.searchParams.get('request_id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('shows a 400 page and redirects nowhere for an unknown client', async () => {
    const { client, app } = await userWithApp(server);
    const params = authorizeParams(app, { client_id: 'no-such-client' });
    await expectErrorPage(await client.fetch(authorizePath(params)));
  });

  it.each([
    ['an unknown client', { client_id: 'no-such-client' }, 'Unknown application'],
    [
      'an unregistered redirect URI',
      { redirect_uri: 'https://evil.example/cb' },
      'Redirect URI not registered',
    ],
  ])(
    'brands the page for %s like the rest of Bnder, with a CSP that runs no script',
    async (_l, overrides, title) => {
      const { client, app } = await userWithApp(server);
      const response = await client.fetch(authorizePath(authorizeParams(app, overrides)));
      await expectErrorPage(response.clone());
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'none'");
      expect(csp).not.toMatch(/script-src|unsafe-inline|unsafe-eval/);
      const html = await response.text();
      expect(html).not.toMatch(/<script|\bon[a-z]+=/i);
      expect(html).toContain(
        '<span class="brand__mark" aria-hidden="true">B</span><span>Bnder</span>',
      );
      expect(html).toContain(`<h1>${title}</h1>`);
      expect(html).toContain(`<title>${title} · Bnder</title>`);
      expect(html).toMatch(/prefers-color-scheme:dark/);
    },
  );

  it('shows a 400 page when client_id is missing', async () => {
    const { client, app } = await userWithApp(server);
    await expectErrorPage(
      await client.fetch(authorizePath(authorizeParams(app, { client_id: undefined }))),
    );
  });

  it.each([
    ['a trailing slash', `${REDIRECT}/`],
    ['an added path', `${REDIRECT}/extra`],
    ['an added query', `${REDIRECT}?next=1`],
    ['a fragment', `${REDIRECT}#frag`],
    ['another host', 'https://attacker.example/callback'],
    ['http instead of https', 'http://client.example.test/callback'],
  ])('shows a 400 page for a redirect URI with %s', async (_label, redirectUri) => {
    const { client, app } = await userWithApp(server, {
      requireSecret: false,
      redirectUris: [REDIRECT],
    });
    const response = await client.fetch(
      authorizePath(authorizeParams(app, { redirect_uri: redirectUri })),
    );
    await expectErrorPage(response);
  });

  it('matches a redirect URI whose scheme and host differ only in case (RFC 3986 §6.2.2.1), through to the token', async () => {
    const { client, app } = await userWithApp(server, {
      requireSecret: true,
      redirectUris: [REDIRECT],
    });
    const { verifier, challenge } = pkcePair();
    const shouted = 'HTTPS://CLIENT.EXAMPLE.TEST/callback';
    const result = await authorize(
      client,
      authorizeParams(app, {
        redirect_uri: shouted,
        code_challenge: challenge,
        code_challenge_method: 'S256',
      }),
    );
    expect(`${result.location.origin}${result.location.pathname}`).toBe(REDIRECT);
    expect(result.code).toBeTruthy();
    const token = await postAsApp(server, app, '/oauth/token', {
      grant_type: 'authorization_code',
      code: result.code ?? '',
      redirect_uri: shouted,
      code_verifier: verifier,
    });
    expect(token.status).toBe(200);
  });

  it('still refuses a redirect URI whose path differs in case', async () => {
    const { client, app } = await userWithApp(server, {
      requireSecret: false,
      redirectUris: [REDIRECT],
    });
    const params = authorizeParams(app, { redirect_uri: 'https://client.example.test/CALLBACK' });
    await expectErrorPage(await client.fetch(authorizePath(params)));
  });

  it('lets redirect_uri be omitted only when exactly one URI is registered', async () => {
    const { challenge } = pkcePair();
    const pkce = { code_challenge: challenge, code_challenge_method: 'S256' };
    const one = await userWithApp(server, { requireSecret: false, redirectUris: [REDIRECT] });
    const single = await one.client.fetch(
      authorizePath(authorizeParams(one.app, { redirect_uri: undefined, ...pkce })),
    );
    expect(redirectParams(single).pathname).toBe('/oauth/consent');

    const two = await userWithApp(server, {
      requireSecret: false,
      redirectUris: [REDIRECT, 'https://client.example.test/other'],
    });
    const params = authorizeParams(two.app, { redirect_uri: undefined, ...pkce });
    await expectErrorPage(await two.client.fetch(authorizePath(params)));
  });

  it('accepts a loopback redirect URI that differs only in port (RFC 8252 §7.3)', async () => {
    const { client, app } = await userWithApp(server, {
      requireSecret: true,
      redirectUris: ['http://127.0.0.1:8080/cb'],
    });
    const result = await authorize(
      client,
      authorizeParams(app, { redirect_uri: 'http://127.0.0.1:51999/cb', state: 'loop' }),
    );
    expect(result.location.origin).toBe('http://127.0.0.1:51999');
    expect(result.location.pathname).toBe('/cb');
    expect(result.code).toBeTruthy();
    expect(result.state).toBe('loop');
  });

  it('refuses a loopback redirect URI with another path', async () => {
    const { client, app } = await userWithApp(server, {
      requireSecret: true,
      redirectUris: ['http://127.0.0.1:8080/cb'],
    });
    const params = authorizeParams(app, { redirect_uri: 'http://127.0.0.1:8080/evil' });
    await expectErrorPage(await client.fetch(authorizePath(params)));
  });

  it.each([
    ['a port over 65535 and a good scope', 'http://127.0.0.1:99999/cb', 'read'],
    ['a port over 65535 and a bad scope', 'http://127.0.0.1:99999/cb', 'admin'],
    ['a port over 65535, signed out', 'http://127.0.0.1:99999/cb', 'read'],
    ['a port of 65536 on IPv6', 'http://[::1]:65536/cb', 'read'],
    ['an empty port', 'http://127.0.0.1:/cb', 'read'],
  ])('shows the 400 page for a loopback redirect URI with %s', async (label, uri, scope) => {
    const { client, app } = await userWithApp(server, {
      requireSecret: true,
      redirectUris: ['http://127.0.0.1:8080/cb', 'http://[::1]:8080/cb'],
    });
    const caller = label.includes('signed out') ? new TestClient(server.url) : client;
    const params = authorizeParams(app, { redirect_uri: uri, scope });
    await expectErrorPage(await caller.fetch(authorizePath(params)));
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['unknown', 'admin'],
    ['partly unknown', 'read address'],
    ['wrong case', 'READ'],
  ])('redirects with invalid_scope, state and iss when the scope is %s', async (_l, scope) => {
    const { client, app } = await userWithApp(server, { requireSecret: true });
    const response = await client.fetch(authorizePath(authorizeParams(app, { scope })));
    expect(response.status).toBe(302);
    const target = redirectParams(response);
    expect(`${target.origin}${target.pathname}`).toBe(REDIRECT);
    expect(target.searchParams.get('error')).toBe('invalid_scope');
    expect(target.searchParams.get('error_description')).toBeTruthy();
    expect(target.searchParams.get('state')).toBe('state-123');
    expect(target.searchParams.get('iss')).toBe(server.config.publicUrl);
    expect(target.searchParams.get('code')).toBeNull();
  });

  it.each([
    ['no PKCE at all', {}],
    ['the plain method', { code_challenge: 'a'.repeat(43), code_challenge_method: 'plain' }],
    ['no method', { code_challenge: pkcePair().challenge }],
    ['a malformed challenge', { code_challenge: 'short', code_challenge_method: 'S256' }],
  ])('refuses a public client with %s', async (_label, pkce) => {
    const { client, app } = await userWithApp(server, { requireSecret: false });
    const response = await client.fetch(authorizePath(authorizeParams(app, pkce)));
    const target = redirectParams(response);
    expect(target.searchParams.get('error')).toBe('invalid_request');
    expect(target.searchParams.get('code')).toBeNull();
    expect(target.searchParams.get('iss')).toBe(server.config.publicUrl);
  });

  it('lets a confidential client go without PKCE but refuses plain', async () => {
    const { client, app } = await userWithApp(server, { requireSecret: true });
    const without = await client.fetch(authorizePath(authorizeParams(app)));
    expect(redirectParams(without).pathname).toBe('/oauth/consent');
    const plain = await client.fetch(
      authorizePath(
        authorizeParams(app, { code_challenge: 'a'.repeat(43), code_challenge_method: 'plain' }),
      ),
    );
    expect(redirectParams(plain).searchParams.get('error')).toBe('invalid_request');
  });

  it('refuses a link carrying client_secret with no code, and warns the owner', async () => {
    const { client, app } = await userWithApp(server, { requireSecret: true });
    const params = authorizeParams(app, { client_secret: app.clientSecret ?? '' });
    const response = await client.fetch(authorizePath(params));
    const target = redirectParams(response);
    expect(target.searchParams.get('error')).toBe('invalid_request');
    expect(target.searchParams.get('code')).toBeNull();
    expect(target.pathname).not.toBe('/oauth/consent');
    const owner = await client.gql(
      graphql(`
        query AuthorizeOauthAppActivity($id: String!) {
          oauthAppActivity(clientId: $id) {
            type
          }
          ownedOAuthApp(clientId: $id) {
            secretLeakedAt
          }
        }
      `),
      { id: app.clientId },
    );
    expect(owner.data?.oauthAppActivity.map((e) => e.type)).toContain('SECRET_IN_AUTHORIZE_LINK');
    expect(owner.data?.ownedOAuthApp.secretLeakedAt).not.toBeNull();
    expect(server.logs.join('\n')).not.toContain(app.clientSecret);
  });

  it('refuses the secret even before the user has signed in', async () => {
    const { app } = await userWithApp(server, { requireSecret: true });
    const response = await new TestClient(server.url).fetch(
      authorizePath(authorizeParams(app, { client_secret: 'bnd_cs_guess' })),
    );
    expect(redirectParams(response).searchParams.get('error')).toBe('invalid_request');
  });

  it('refuses repeated parameters', async () => {
    const { client, app } = await userWithApp(server, { requireSecret: true });
    const path = `${authorizePath(authorizeParams(app))}&scope=write`;
    const target = redirectParams(await client.fetch(path));
    expect(target.searchParams.get('error')).toBe('invalid_request');
    expect(target.searchParams.get('error_description')).toMatch(/scope/);
  });

  it('shows the error page when client_id is repeated', async () => {
    const { client, app } = await userWithApp(server, { requireSecret: true });
    const path = `${authorizePath(authorizeParams(app))}&client_id=${app.clientId}`;
    await expectErrorPage(await client.fetch(path));
  });

  it.each([
    ['token', 'unsupported_response_type'],
    ['code token', 'unsupported_response_type'],
    [undefined, 'invalid_request'],
  ])('answers response_type=%s with %s', async (responseType, error) => {
    const { client, app } = await userWithApp(server, { requireSecret: true });
    const params = authorizeParams(app, { response_type: responseType });
    const target = redirectParams(await client.fetch(authorizePath(params)));
    expect(target.searchParams.get('error')).toBe(error);
  });

  it('sends a visitor without a session to sign in, returning to the same link', async () => {
    const { app } = await userWithApp(server, { requireSecret: true });
    const path = authorizePath(authorizeParams(app));
    const response = await new TestClient(server.url).fetch(path);
    expect(response.status).toBe(302);
    const target = redirectParams(response);
    expect(target.pathname).toBe('/signin');
    expect(target.searchParams.get('return_to')).toBe(path);
  });

  it('treats a stale session cookie as signed out', async () => {
    const { app } = await userWithApp(server, { requireSecret: true });
    const response = await new TestClient(server.url).fetch(authorizePath(authorizeParams(app)), {
      headers: { cookie: 'bnder_session=not-a-session' },
    });
    expect(redirectParams(response).pathname).toBe('/signin');
  });

  it('never lets a bearer token authorize: without the session it asks to sign in', async () => {
    const { app } = await userWithApp(server, { requireSecret: true });
    const holder = await userWithApp(server, { requireSecret: true });
    const tokens = await obtainTokens(server, holder.client, holder.app, 'read write delete');
    const bearerOnly = new TestClient(server.url);
    bearerOnly.bearer = tokens.access_token;
    const response = await bearerOnly.fetch(authorizePath(authorizeParams(app)));
    expect(redirectParams(response).pathname).toBe('/signin');
  });

  it('skips consent when the user already granted the scopes, and asks again for more', async () => {
    const { client, app } = await userWithApp(server, { requireSecret: true });
    const first = await authorize(client, authorizeParams(app, { scope: 'read write' }));
    expect(first.code).toBeTruthy();

    const again = await client.fetch(authorizePath(authorizeParams(app, { scope: 'write' })));
    const direct = redirectParams(again);
    expect(`${direct.origin}${direct.pathname}`).toBe(REDIRECT);
    expect(direct.searchParams.get('code')).toBeTruthy();
    expect(direct.searchParams.get('state')).toBe('state-123');
    expect(direct.searchParams.get('iss')).toBe(server.config.publicUrl);

    const wider = await client.fetch(authorizePath(authorizeParams(app, { scope: 'delete' })));
    expect(redirectParams(wider).pathname).toBe('/oauth/consent');
  });
});

describe('GET /oauth/authorize rate limit', () => {
  const limited = useTestServer({ RATE_LIMITS: 'on', RATE_LIMIT_AUTHORIZE: '3/60' });

  it('answers 429 with Retry-After past the per-session limit', async () => {
    const { client, app } = await userWithApp(limited, { requireSecret: true });
    const path = authorizePath(authorizeParams(app));
    for (let i = 0; i < 3; i += 1) expect((await client.fetch(path)).status).toBe(302);
    const blocked = await client.fetch(path);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(blocked.headers.get('location')).toBeNull();
    // Another session is counted on its own.
    const other = await userWithApp(limited, { requireSecret: true });
    expect((await other.client.fetch(authorizePath(authorizeParams(other.app)))).status).toBe(302);
  });
});
