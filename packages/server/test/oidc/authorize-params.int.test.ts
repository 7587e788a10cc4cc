import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { TestClient } from '../helpers/client.js';
import { authorize, postAsApp, pkcePair } from '../helpers/oauth.js';
import { useTestServer } from '../helpers/server.js';
import { ownerWithDeviceApp, deviceTokens } from '../oauth/device-support.js';
import { anotherUser, authorizeParams, userWithApp, type Signed } from '../oauth/support.js';

const server = useTestServer();

/** A public app's authorize parameters, with the PKCE it must send (RFC 9700 §2.1.1). */
function withPkce(app: Signed['app'], extra: Record<string, string>): Record<string, string> {
  const { challenge } = pkcePair();
  return authorizeParams(app, {
    code_challenge: challenge,
    code_challenge_method: 'S256',
    ...extra,
  });
}

/** The authorize link as the browser follows it: the first redirect, not followed. */
async function firstRedirect(user: TestClient, params: Record<string, string>): Promise<URL> {
  const response = await user.fetch(`/oauth/authorize?${new URLSearchParams(params)}`);
  expect(response.status).toBe(302);
  return new URL(response.headers.get('location') ?? '', server.url);
}

/** An ID token for the user, through the code flow with openid. */
async function idTokenFor({ client, app }: Signed, scope = 'openid read'): Promise<string> {
  const { verifier, challenge } = pkcePair();
  const { code } = await authorize(
    client,
    authorizeParams(app, { scope, code_challenge: challenge, code_challenge_method: 'S256' }),
  );
  const response = await postAsApp(server, app, '/oauth/token', {
    grant_type: 'authorization_code',
    code: code ?? '',
    redirect_uri: app.redirectUris[0] ?? '',
    code_verifier: verifier,
  });
  const body = (await response.json()) as { id_token?: string };
  if (!body.id_token) throw new Error(`no ID token: ${JSON.stringify(body)}`);
  return body.id_token;
}

describe('authorize with OpenID Connect parameters', () => {
  it.each([
    [{ request: 'eyJhbGciOiJub25lIn0.e30.' }, 'request_not_supported'],
    [{ prompt: 'none login' }, 'invalid_request'],
    [{ prompt: 'create' }, 'invalid_request'],
    [{ max_age: 'soon' }, 'invalid_request'],
    [{ nonce: 'n'.repeat(513) }, 'invalid_request'],
    [{ scope: 'openid' }, 'invalid_scope'],
    [{ scope: 'openid profile email' }, 'invalid_scope'],
    [{ scope: 'read address' }, 'invalid_scope'],
    [{ id_token_hint: 'not-a-jwt' }, 'invalid_request'],
  ])('answers %j with the error %s, sent to the client', async (extra, error) => {
    const { client, app } = await userWithApp(server);
    const back = await firstRedirect(client, withPkce(app, extra));
    expect(`${back.origin}${back.pathname}`).toBe(app.redirectUris[0]);
    expect(back.searchParams.get('error')).toBe(error);
    expect(back.searchParams.get('state')).toBe('state-123');
    expect(back.searchParams.get('iss')).toBe(server.config.publicUrl);
  });

  it('shows the consent page again with prompt=consent, even when the scopes were granted', async () => {
    const signed = await userWithApp(server);
    await idTokenFor(signed);
    const silent = await firstRedirect(
      signed.client,
      withPkce(signed.app, { scope: 'openid read' }),
    );
    expect(silent.searchParams.get('code')).not.toBeNull();
    const asked = await firstRedirect(
      signed.client,
      withPkce(signed.app, { scope: 'openid read', prompt: 'consent' }),
    );
    expect(asked.pathname).toBe('/oauth/consent');
  });

  it('describes the identity scopes in words on the consent page', async () => {
    const { client, app } = await userWithApp(server);
    const consent = await firstRedirect(client, withPkce(app, { scope: 'openid email read' }));
    const described = await client.gql<{
      authorizationRequest: { scopes: { name: string; description: string }[] };
    }>(`query($id: ID!) { authorizationRequest(id: $id) { scopes { name description } } }`, {
      id: consent.searchParams.get('request_id'),
    });
    expect(described.data?.authorizationRequest.scopes).toEqual([
      { name: 'read', description: 'Read your profile, notes and OAuth applications' },
      { name: 'openid', description: 'Sign you in as your Bnder account' },
      { name: 'email', description: 'See your email address' },
    ]);
  });

  it('asks a signed-out user to sign in, passing login_hint to the sign-in page', async () => {
    const { app } = await userWithApp(server);
    const stranger = new TestClient(server.url);
    const to = await firstRedirect(
      stranger,
      withPkce(app, { scope: 'openid read', login_hint: 'ada@example.test' }),
    );
    expect(to.pathname).toBe('/signin');
    expect(to.searchParams.get('login_hint')).toBe('ada@example.test');
    expect(to.searchParams.get('return_to')).toMatch(/^\/oauth\/authorize\?/);
  });

  it.each<Record<string, string>>([{ prompt: 'login' }, { max_age: '0' }])(
    'asks a signed-in user to sign in again for %o without signing them out',
    async (ask) => {
      const signed = await userWithApp(server);
      await idTokenFor(signed);
      const to = await firstRedirect(
        signed.client,
        withPkce(signed.app, { scope: 'openid read', ...ask }),
      );
      expect(to.pathname).toBe('/signin');
      // Any site can send the browser that link: the session it found is still there.
      const back = await firstRedirect(
        signed.client,
        withPkce(signed.app, { scope: 'openid read' }),
      );
      expect(back.searchParams.get('code')).not.toBeNull();
    },
  );

  it('treats a sign-in older than max_age as none: login_required with prompt=none', async () => {
    const signed = await userWithApp(server);
    await idTokenFor(signed);
    const back = await firstRedirect(
      signed.client,
      withPkce(signed.app, { scope: 'openid read', prompt: 'none', max_age: '0' }),
    );
    expect(back.searchParams.get('error')).toBe('login_required');
  });

  it('takes its own id_token_hint with prompt=none, and answers login_required for another user', async () => {
    const signed = await userWithApp(server);
    const hint = await idTokenFor(signed);
    const same = await firstRedirect(
      signed.client,
      withPkce(signed.app, { scope: 'openid read', prompt: 'none', id_token_hint: hint }),
    );
    expect(same.searchParams.get('code')).not.toBeNull();

    const other = await anotherUser(server);
    const elsewhere = await firstRedirect(
      other,
      withPkce(signed.app, { scope: 'openid read', prompt: 'none', id_token_hint: hint }),
    );
    expect(elsewhere.searchParams.get('error')).toBe('login_required');
  });

  it('takes an id_token_hint signed ES256 for an app that registered ES256', async () => {
    const signed = await userWithApp(server);
    const patched = await signed.client.fetch(`/consumer/v1/oauth/clients/${signed.app.clientId}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', origin: server.url },
      body: JSON.stringify({ id_token_signed_response_alg: 'ES256' }),
    });
    expect(patched.status).toBe(200);
    const hint = await idTokenFor(signed);
    expect(decodeProtectedHeader(hint).alg).toBe('ES256');
    const same = await firstRedirect(
      signed.client,
      withPkce(signed.app, { scope: 'openid read', prompt: 'none', id_token_hint: hint }),
    );
    expect(same.searchParams.get('code')).not.toBeNull();
    const other = await anotherUser(server);
    const elsewhere = await firstRedirect(
      other,
      withPkce(signed.app, { scope: 'openid read', prompt: 'none', id_token_hint: hint }),
    );
    expect(elsewhere.searchParams.get('error')).toBe('login_required');
  });

  it('refuses an id_token_hint issued to another client', async () => {
    const first = await userWithApp(server);
    const hint = await idTokenFor(first);
    const second = await userWithApp(server);
    const back = await firstRedirect(
      first.client,
      withPkce(second.app, { scope: 'openid read', id_token_hint: hint }),
    );
    expect(back.searchParams.get('error')).toBe('invalid_request');
  });
});

describe('the device grant', () => {
  it('returns a verifiable ID token with auth_time when openid was granted', async () => {
    const { client, user, app } = await ownerWithDeviceApp(server);
    const tokens = await deviceTokens(server, app, client, 'openid profile read');
    const keys = createRemoteJWKSet(new URL('/oauth/jwks', server.url));
    const { payload } = await jwtVerify(String(tokens.id_token), keys, {
      issuer: server.config.publicUrl,
      audience: app.clientId,
    });
    expect(payload).toMatchObject({ sub: user.id, name: 'Olive Owner' });
    expect(typeof payload.auth_time).toBe('number');
    expect(payload.nonce).toBeUndefined();
  });

  it('returns no ID token without openid', async () => {
    const { client, app } = await ownerWithDeviceApp(server);
    const tokens = await deviceTokens(server, app, client, 'read');
    expect(tokens.id_token).toBeUndefined();
  });
});
