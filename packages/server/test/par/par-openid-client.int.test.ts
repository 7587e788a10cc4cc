import * as client from 'openid-client';
import { describe, expect, it } from 'vitest';
import { useTestServer } from '../helpers/server.js';
import { approveInBrowser, callApi } from '../oauth/interop.js';
import { REDIRECT_URI, ownerWithApp } from './support.js';

const server = useTestServer();

/** RFC 8414 discovery, then the client's own authentication; loopback http is allowed here. */
async function discover(clientId: string, auth: client.ClientAuth) {
  return client.discovery(new URL(server.config.publicUrl), clientId, undefined, auth, {
    algorithm: 'oauth2',
    execute: [client.allowInsecureRequests],
  });
}

describe('pushed authorization requests with openid-client', () => {
  it.each([
    ['a public app', false],
    ['a confidential app', true],
  ])(
    'signs in %s through a pushed request, exchanges the code and calls the API',
    async (_label, requireSecret) => {
      const { user, account, app } = await ownerWithApp(server, requireSecret);
      const auth = app.clientSecret ? client.ClientSecretBasic(app.clientSecret) : client.None();
      const config = await discover(app.clientId, auth);
      expect(config.serverMetadata().pushed_authorization_request_endpoint).toBe(
        `${server.config.publicUrl}/oauth/par`,
      );

      const verifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const url = await client.buildAuthorizationUrlWithPAR(config, {
        redirect_uri: REDIRECT_URI,
        scope: 'read write',
        state,
        code_challenge: await client.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
      });
      // RFC 9126 §4: the link carries client_id and the reference only.
      expect([...url.searchParams.keys()].sort()).toEqual(['client_id', 'request_uri']);
      expect(url.searchParams.get('request_uri')).toMatch(
        /^urn:ietf:params:oauth:request_uri:[A-Za-z0-9_-]{43}$/,
      );

      const callback = await approveInBrowser(user, url);
      const tokens = await client.authorizationCodeGrant(config, callback, {
        pkceCodeVerifier: verifier,
        expectedState: state,
      });
      expect(tokens.scope).toBe('read write');
      const me = await callApi(server, tokens.access_token);
      expect(me.status).toBe(200);
      expect(await me.json()).toMatchObject({ id: account.id });
    },
  );
});
