import { describe, expect, it } from 'vitest';
import { obtainTokens, postAsApp } from '../helpers/oauth.js';
import { useTestServer } from '../helpers/server.js';
import { introspect, post, postRaw, userWithApp, viewerWith } from './support.js';

const server = useTestServer();

describe('POST /oauth/revoke', () => {
  it('revokes an access token and answers 200 with no body', async () => {
    const { client, app } = await userWithApp(server, { requireSecret: true });
    const tokens = await obtainTokens(server, client, app, 'read');
    const response = await post(server, app, '/oauth/revoke', {
      token: tokens.access_token,
      token_type_hint: 'access_token',
    });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({});
    expect((await viewerWith(server, tokens.access_token)).status).toBe(401);
    expect(await introspect(server, app, tokens.refresh_token)).toMatchObject({ active: true });
  });

  it.each([
    ['its own token', true],
    ['an unknown token', false],
  ])('answers {} as application/json for %s (RFC 7009 §2.2)', async (_label, own) => {
    const { client, app } = await userWithApp(server, { requireSecret: true });
    const token = own
      ? (await obtainTokens(server, client, app, 'read')).refresh_token
      : 'bnd_rt_x';
    const response = await postAsApp(server, app, '/oauth/revoke', { token });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.text()).toBe('{}');
  });

  it('revokes a refresh token with its whole grant, access tokens included', async () => {
    const { client, app } = await userWithApp(server, { requireSecret: false });
    const tokens = await obtainTokens(server, client, app, 'read');
    expect((await post(server, app, '/oauth/revoke', { token: tokens.refresh_token })).status).toBe(
      200,
    );
    expect((await viewerWith(server, tokens.access_token)).status).toBe(401);
    const refreshed = await post(server, app, '/oauth/token', {
      grant_type: 'refresh_token',
      refresh_token: tokens.refresh_token,
    });
    expect(refreshed.body.error).toBe('invalid_grant');
  });

  it("answers 200 for another client's token and leaves it working", async () => {
    const { client, app } = await userWithApp(server, { requireSecret: true });
    const other = await userWithApp(server, { requireSecret: true });
    const tokens = await obtainTokens(server, client, app, 'read');
    expect(
      (await post(server, other.app, '/oauth/revoke', { token: tokens.access_token })).status,
    ).toBe(200);
    expect(
      (await post(server, other.app, '/oauth/revoke', { token: tokens.refresh_token })).status,
    ).toBe(200);
    expect((await viewerWith(server, tokens.access_token)).status).toBe(200);
  });

  it('answers 200 for an unknown token', async () => {
    const { app } = await userWithApp(server, { requireSecret: true });
    expect((await post(server, app, '/oauth/revoke', { token: 'bnd_at_nothing' })).status).toBe(
      200,
    );
  });

  it('needs client authentication and a token', async () => {
    const { client, app } = await userWithApp(server, { requireSecret: true });
    const tokens = await obtainTokens(server, client, app, 'read');
    const anonymous = await postRaw(server, '/oauth/revoke', `token=${tokens.access_token}`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error).toBe('invalid_client');
    const noSecret = await postRaw(
      server,
      '/oauth/revoke',
      `client_id=${app.clientId}&token=${tokens.access_token}`,
    );
    expect(noSecret.status).toBe(401);
    expect((await viewerWith(server, tokens.access_token)).status).toBe(200);
    expect((await post(server, app, '/oauth/revoke', {})).body.error).toBe('invalid_request');
  });
});
