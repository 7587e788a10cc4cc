import { describe, expect, it } from 'vitest';
import { TestClient, signUp } from '../helpers/client.js';
import { authorize } from '../helpers/oauth.js';
import { useTestServer } from '../helpers/server.js';
import { exchange } from '../oauth/support.js';
import { REDIRECT_URI, follow, ownerWithApp, pushedRequestUri } from './support.js';

const server = useTestServer();

const REQUEST_URI_PAGE = /<h1>Invalid request_uri<\/h1>/;

describe('GET /oauth/authorize with a request_uri', () => {
  it('uses only the pushed parameters, ignoring those repeated or added in the link', async () => {
    const { user, app } = await ownerWithApp(server, true);
    const { requestUri, verifier } = await pushedRequestUri(server, app, {
      scope: 'read',
      state: 'pushed-state',
    });
    const answered = await authorize(user, {
      client_id: app.clientId,
      request_uri: requestUri,
      scope: 'read write delete',
      state: 'link-state',
      redirect_uri: 'http://127.0.0.1:9/elsewhere',
      code_challenge: 'A'.repeat(43),
      response_type: 'token',
    });
    expect(answered.location.origin + answered.location.pathname).toBe(REDIRECT_URI);
    expect(answered.state).toBe('pushed-state');
    expect(answered.code).not.toBeNull();
    const tokens = await exchange(server, app, {
      code: answered.code ?? '',
      verifier,
      redirectUri: REDIRECT_URI,
    });
    expect(tokens.status).toBe(200);
    expect(tokens.body.scope).toBe('read');
  });

  it('is single use: the second use of a request_uri gets the error page', async () => {
    const { user, app } = await ownerWithApp(server, false);
    const { requestUri } = await pushedRequestUri(server, app);
    const link = { client_id: app.clientId, request_uri: requestUri };
    expect((await authorize(user, link)).code).not.toBeNull();
    const again = await follow(user, link);
    expect(again.status).toBe(400);
    expect(again.location).toBeNull();
    expect(again.text).toMatch(REQUEST_URI_PAGE);
    expect(again.text).toContain('already used');
  });

  it('refuses another client’s request_uri without redirecting', async () => {
    const { user, app } = await ownerWithApp(server, false);
    const other = await ownerWithApp(server, false);
    const { requestUri } = await pushedRequestUri(server, other.app);
    const answered = await follow(user, { client_id: app.clientId, request_uri: requestUri });
    expect(answered.status).toBe(400);
    expect(answered.location).toBeNull();
    expect(answered.text).toMatch(REQUEST_URI_PAGE);
    // The rightful client can still use it: the refusal did not spend it.
    const own = await authorize(other.user, {
      client_id: other.app.clientId,
      request_uri: requestUri,
    });
    expect(own.code).not.toBeNull();
  });

  it.each([
    ['a forged reference', 'urn:ietf:params:oauth:request_uri:' + 'A'.repeat(43)],
    ['another server’s URI', 'https://client.example/request.jwt'],
    ['an empty value', ''],
  ])('refuses %s on the error page', async (_label, requestUri) => {
    const { user, app } = await ownerWithApp(server, false);
    const answered = await follow(user, { client_id: app.clientId, request_uri: requestUri });
    expect(answered.status).toBe(400);
    expect(answered.location).toBeNull();
    expect(answered.text).toMatch(REQUEST_URI_PAGE);
  });

  it('needs the client_id beside the request_uri (RFC 9126 §4)', async () => {
    const { user, app } = await ownerWithApp(server, false);
    const { requestUri } = await pushedRequestUri(server, app);
    const answered = await follow(user, { request_uri: requestUri });
    expect(answered.status).toBe(400);
    expect(answered.location).toBeNull();
    expect(answered.text).toContain('no client_id');
  });

  it('refuses a client secret in the link and warns the owner, as for any link', async () => {
    const { user, app } = await ownerWithApp(server, true);
    const { requestUri } = await pushedRequestUri(server, app);
    const answered = await follow(user, {
      client_id: app.clientId,
      request_uri: requestUri,
      client_secret: app.clientSecret ?? '',
    });
    expect(answered.status).toBe(302);
    expect(answered.location?.searchParams.get('error')).toBe('invalid_request');
    expect(answered.location?.searchParams.get('code')).toBeNull();
    const view = await user.gql<{ ownedOAuthApp: { secretLeakedAt: string | null } }>(
      'query($id: String!) { ownedOAuthApp(clientId: $id) { secretLeakedAt } }',
      { id: app.clientId },
    );
    expect(view.data?.ownedOAuthApp.secretLeakedAt).not.toBeNull();
  });

  it('sends a signed-out user to sign in first without spending the request', async () => {
    const { app } = await ownerWithApp(server, false);
    const { requestUri } = await pushedRequestUri(server, app);
    const visitor = new TestClient(server.url);
    const first = await follow(visitor, {
      client_id: app.clientId,
      request_uri: requestUri,
      scope: 'delete',
    });
    expect(first.status).toBe(302);
    expect(first.location?.pathname).toBe('/signin');
    // Only the reference rides along: the ignored link parameters are dropped.
    const returnTo = first.location?.searchParams.get('return_to') ?? '';
    expect(returnTo).toBe(
      `/oauth/authorize?${new URLSearchParams({ client_id: app.clientId, request_uri: requestUri })}`,
    );
    await signUp(visitor, 'Returning Visitor');
    const back = await authorize(
      visitor,
      Object.fromEntries(new URL(returnTo, server.url).searchParams),
    );
    expect(back.code).not.toBeNull();
  });
});
