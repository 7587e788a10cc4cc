import {
  OAuth2Client,
  OAuth2Fetch,
  OAuth2HttpError,
  generateCodeVerifier,
} from '@badgateway/oauth2-client';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useTestServer } from '../helpers/server.js';
import {
  LOOPBACK_REDIRECT,
  approveInBrowser,
  callApi,
  integration,
  type Integration,
} from './interop.js';

const server = useTestServer();

/** The library discovers every endpoint from the RFC 8414 document under `server`. */
function configure({ app, issuer }: Integration): OAuth2Client {
  return new OAuth2Client({
    server: `${issuer}/`,
    clientId: app.clientId,
    clientSecret: app.clientSecret,
    discoveryEndpoint: '/.well-known/oauth-authorization-server',
  });
}

describe('interop with @badgateway/oauth2-client', () => {
  it('runs the whole flow: discovery, code with PKCE, a call, refresh, introspection, revocation', async () => {
    const setup = await integration(server);
    const oauth = configure(setup);
    const codeVerifier = await generateCodeVerifier();
    const state = randomBytes(8).toString('hex');
    const authorizationUrl = await oauth.authorizationCode.getAuthorizeUri({
      redirectUri: LOOPBACK_REDIRECT,
      state,
      codeVerifier,
      scope: ['read', 'write'],
    });
    expect(new URL(authorizationUrl).searchParams.get('code_challenge_method')).toBe('S256');
    const callback = await approveInBrowser(setup.user, authorizationUrl);
    const token = await oauth.authorizationCode.getTokenFromCodeRedirect(callback, {
      redirectUri: LOOPBACK_REDIRECT,
      state,
      codeVerifier,
    });
    expect(token.refreshToken).toMatch(/^bnd_rt_/);
    expect(token.expiresAt).toBeGreaterThan(Date.now());

    const api = new OAuth2Fetch({
      client: oauth,
      getNewToken: () => token,
      scheduleRefresh: false,
    });
    const me = await api.fetch(new URL('/consumer/v1/me', server.url).toString());
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ id: setup.account.id });

    const refreshed = await oauth.refreshToken(token);
    expect(refreshed.refreshToken).not.toBe(token.refreshToken);

    expect(await oauth.introspect(refreshed)).toMatchObject({
      active: true,
      client_id: setup.app.clientId,
      sub: setup.account.id,
      scope: 'read write',
    });

    await oauth.revoke(refreshed, 'refresh_token');
    expect(await oauth.introspect(refreshed)).toMatchObject({ active: false });
    expect((await callApi(server, refreshed.accessToken)).status).toBe(401);
  });

  it('surfaces a bad code as an OAuth2HttpError with invalid_grant', async () => {
    const oauth = configure(await integration(server));
    const failed = await oauth.authorizationCode
      .getToken({
        code: 'not-a-code',
        redirectUri: LOOPBACK_REDIRECT,
        codeVerifier: await generateCodeVerifier(),
      })
      .catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(OAuth2HttpError);
    expect(failed).toMatchObject({ oauth2Code: 'invalid_grant', httpCode: 400 });
  });
});
