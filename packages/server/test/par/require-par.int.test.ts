import { describe, expect, it } from 'vitest';
import { rest } from '../api/rest.js';
import { admin } from '../helpers/admin-cli.js';
import { authorize } from '../helpers/oauth.js';
import { useTestServer } from '../helpers/server.js';
import { activityOf } from '../oauth/support.js';
import {
  authorizeParams,
  follow,
  ownerWithApp,
  push,
  pushedRequestUri,
  requirePushed,
} from './support.js';

const server = useTestServer();

const READ = `query($id: String!) { ownedOAuthApp(clientId: $id) { requirePushedAuthorizationRequests } }`;

describe('Require pushed authorization requests', () => {
  it('is off by default, switched through GraphQL and logged', async () => {
    const { user, app } = await ownerWithApp(server, false);
    const read = async () =>
      (
        await user.gql<{ ownedOAuthApp: { requirePushedAuthorizationRequests: boolean } }>(READ, {
          id: app.clientId,
        })
      ).data?.ownedOAuthApp.requirePushedAuthorizationRequests;
    expect(await read()).toBe(false);
    await requirePushed(user, app, true);
    expect(await read()).toBe(true);
    await requirePushed(user, app, false);
    expect(await read()).toBe(false);
    expect((await activityOf(user, app)).slice(0, 2)).toEqual([
      'PUSHED_REQUESTS_REQUIRED_OFF',
      'PUSHED_REQUESTS_REQUIRED_ON',
    ]);
  });

  it('can be set when the app is created', async () => {
    const { user } = await ownerWithApp(server, false);
    const created = await user.gql<{
      createOAuthApp: { app: { requirePushedAuthorizationRequests: boolean } };
    }>(
      `mutation($input: CreateOAuthAppInput!) {
        createOAuthApp(input: $input) { app { requirePushedAuthorizationRequests } } }`,
      {
        input: {
          name: 'Pushed only',
          redirectUris: ['https://client.example/cb'],
          requireSecret: true,
          requirePushedAuthorizationRequests: true,
        },
      },
    );
    expect(created.data?.createOAuthApp.app.requirePushedAuthorizationRequests).toBe(true);
  });

  it('is require_pushed_authorization_requests over REST', async () => {
    const { user, app } = await ownerWithApp(server, true);
    const path = `/oauth/clients/${app.clientId}`;
    // A cookie-session write carries the product's own Origin.
    const origin = { origin: server.url };
    const before = await rest(server, user, 'GET', path);
    expect(before.body).toMatchObject({ require_pushed_authorization_requests: false });
    const on = { require_pushed_authorization_requests: true };
    const changed = await rest(server, user, 'PATCH', path, on, origin);
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject(on);
    const junk = { require_pushed_authorization_requests: 'yes' };
    expect((await rest(server, user, 'PATCH', path, junk, origin)).status).toBe(400);
    const created = await rest(
      server,
      user,
      'POST',
      '/oauth/clients',
      {
        name: 'Pushed over REST',
        redirect_uris: ['https://client.example/cb'],
        require_secret: false,
        require_pushed_authorization_requests: true,
      },
      origin,
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ require_pushed_authorization_requests: true });
  });

  it('refuses a plain authorize link with invalid_request and accepts a pushed one', async () => {
    const { user, app } = await ownerWithApp(server, false);
    await requirePushed(user, app, true);
    const plain = await follow(user, authorizeParams(app, { state: 'plain' }).params);
    expect(plain.status).toBe(302);
    expect(plain.location?.searchParams.get('error')).toBe('invalid_request');
    expect(plain.location?.searchParams.get('state')).toBe('plain');
    expect(plain.location?.searchParams.get('error_description')).toContain('pushed');
    const { requestUri } = await pushedRequestUri(server, app);
    const pushed = await authorize(user, { client_id: app.clientId, request_uri: requestUri });
    expect(pushed.code).not.toBeNull();
  });

  it('stops applying once the owner turns it off', async () => {
    const { user, app } = await ownerWithApp(server, false);
    await requirePushed(user, app, true);
    await requirePushed(user, app, false);
    const plain = await authorize(user, authorizeParams(app).params);
    expect(plain.code).not.toBeNull();
  });
});

describe('a suspended app', () => {
  it('can neither push nor use a request it pushed before', async () => {
    const { user, app } = await ownerWithApp(server, true);
    const { requestUri } = await pushedRequestUri(server, app);
    expect((await admin(server, 'suspend-app', app.clientId, '--reason', 'Spam')).code).toBe(0);
    const pushed = await push(server, app, authorizeParams(app).params);
    expect(pushed.status).toBe(400);
    expect(pushed.body.error).toBe('unauthorized_client');
    const answered = await follow(user, { client_id: app.clientId, request_uri: requestUri });
    expect(answered.status).toBe(400);
    expect(answered.location).toBeNull();
    expect(answered.text).toContain('Application suspended');
  });
});
