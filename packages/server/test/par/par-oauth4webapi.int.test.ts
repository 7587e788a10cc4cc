import * as oauth from 'oauth4webapi';
import { describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/oauth.js';
import { authorize } from '../helpers/oauth.js';
import { useTestServer } from '../helpers/server.js';
import { callApi } from '../oauth/interop.js';
import { REDIRECT_URI, ownerWithApp } from './support.js';

const server = useTestServer();

// The test server listens on loopback http; the library refuses http unless told otherwise.
const insecure = { [oauth.allowInsecureRequests]: true } as const;

async function runPushedFlow(requireSecret: boolean, authFor: (app: TestApp) => oauth.ClientAuth) {
  const { user, account, app } = await ownerWithApp(server, requireSecret);
  const client: oauth.Client = { client_id: app.clientId };
  const clientAuth = authFor(app);
  const issuer = new URL(server.config.publicUrl);
  const as = await oauth.processDiscoveryResponse(
    issuer,
    await oauth.discoveryRequest(issuer, { algorithm: 'oauth2', ...insecure }),
  );
  expect(as.require_pushed_authorization_requests).toBe(false);

  const verifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  const response = await oauth.pushedAuthorizationRequest(
    as,
    client,
    clientAuth,
    {
      response_type: 'code',
      redirect_uri: REDIRECT_URI,
      scope: 'read',
      state,
      code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
    },
    insecure,
  );
  expect(response.status).toBe(201);
  expect(response.headers.get('cache-control')).toContain('no-store');
  const pushed = await oauth.processPushedAuthorizationResponse(as, client, response);
  expect(pushed.expires_in).toBe(90);

  const answered = await authorize(user, {
    client_id: app.clientId,
    request_uri: pushed.request_uri,
  });
  const callback = oauth.validateAuthResponse(as, client, answered.location, state);
  const tokens = await oauth.processAuthorizationCodeResponse(
    as,
    client,
    await oauth.authorizationCodeGrantRequest(
      as,
      client,
      clientAuth,
      callback,
      REDIRECT_URI,
      verifier,
      insecure,
    ),
  );
  expect(tokens.scope).toBe('read');
  expect(await (await callApi(server, tokens.access_token)).json()).toMatchObject({
    id: account.id,
  });
}

describe('pushed authorization requests with oauth4webapi', () => {
  it('runs the pushed flow as a public client (none + PKCE)', async () => {
    await runPushedFlow(false, () => oauth.None());
  });

  it('runs the pushed flow as a confidential client (client_secret_basic)', async () => {
    await runPushedFlow(true, (app) => oauth.ClientSecretBasic(app.clientSecret ?? ''));
  });

  it('runs the pushed flow as a confidential client (client_secret_post)', async () => {
    await runPushedFlow(true, (app) => oauth.ClientSecretPost(app.clientSecret ?? ''));
  });
});
