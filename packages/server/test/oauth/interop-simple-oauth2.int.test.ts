import { randomBytes } from 'node:crypto';
import { AuthorizationCode } from 'simple-oauth2';
import { describe, expect, it } from 'vitest';
import { pkcePair } from '../helpers/oauth.js';
import { useTestServer } from '../helpers/server.js';
import { introspect } from './support.js';
import {
  LOOPBACK_REDIRECT,
  approveInBrowser,
  callApi,
  integration,
  type Integration,
} from './interop.js';

const server = useTestServer();

type Metadata = {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  revocation_endpoint: string;
};

/**
 * simple-oauth2 has no discovery: the integration reads the RFC 8414 document itself and gives
 * the library the endpoints it names.
 */
async function configure({ app, issuer }: Integration) {
  const response = await fetch(`${issuer}/.well-known/oauth-authorization-server`);
  const metadata = (await response.json()) as Metadata;
  return new AuthorizationCode({
    client: { id: app.clientId, secret: app.clientSecret },
    auth: {
      tokenHost: metadata.issuer,
      tokenPath: new URL(metadata.token_endpoint).pathname,
      authorizePath: new URL(metadata.authorization_endpoint).pathname,
      revokePath: new URL(metadata.revocation_endpoint).pathname,
    },
  });
}

describe('interop with simple-oauth2', () => {
  it('runs the whole flow, and revokeAll() reads the revocation answers', async () => {
    const setup = await integration(server);
    const oauth = await configure(setup);
    const { verifier, challenge } = pkcePair();
    const state = randomBytes(8).toString('hex');
    // The library's types omit PKCE, but it sends every parameter it is given.
    const authorizeParams = {
      redirect_uri: LOOPBACK_REDIRECT,
      scope: ['read', 'write'],
      state,
      code_challenge: challenge,
      code_challenge_method: 'S256',
    };
    const authorizationUrl = oauth.authorizeURL(authorizeParams);
    const callback = await approveInBrowser(setup.user, authorizationUrl);
    expect(callback.searchParams.get('state')).toBe(state);

    const tokenParams = {
      code: callback.searchParams.get('code') ?? '',
      redirect_uri: LOOPBACK_REDIRECT,
      code_verifier: verifier,
    };
    const accessToken = await oauth.getToken(tokenParams);
    expect(accessToken.token).toMatchObject({ token_type: 'Bearer', scope: 'read write' });
    expect(accessToken.expired()).toBe(false);
    const me = await callApi(server, String(accessToken.token.access_token));
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ id: setup.account.id });

    const refreshed = await accessToken.refresh();
    expect(refreshed.token.refresh_token).not.toBe(accessToken.token.refresh_token);
    // simple-oauth2 has no introspection: the app's resource server asks as the client would.
    expect(await introspect(server, setup.app, String(refreshed.token.access_token))).toMatchObject(
      {
        active: true,
        client_id: setup.app.clientId,
        sub: setup.account.id,
      },
    );

    await refreshed.revokeAll();
    expect(await introspect(server, setup.app, String(refreshed.token.refresh_token))).toEqual({
      active: false,
    });
    expect((await callApi(server, String(refreshed.token.access_token))).status).toBe(401);
  });

  it('surfaces a bad code as a 400 with the invalid_grant body', async () => {
    const oauth = await configure(await integration(server));
    const badCode = {
      code: 'not-a-code',
      redirect_uri: LOOPBACK_REDIRECT,
      code_verifier: pkcePair().verifier,
    };
    const failed = await oauth.getToken(badCode).catch((error: unknown) => error);
    expect(failed).toMatchObject({
      output: { statusCode: 400 },
      data: { payload: { error: 'invalid_grant' } },
    });
  });
});
