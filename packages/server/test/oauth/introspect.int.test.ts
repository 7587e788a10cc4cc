import { describe, expect, it } from 'vitest';
import { obtainTokens } from '../helpers/oauth.js';
import { useTestServer } from '../helpers/server.js';
import { introspect, post, postRaw, userWithApp, viewerWith } from './support.js';

const server = useTestServer();

describe('POST /oauth/introspect', () => {
  it("describes the client's own live access token", async () => {
    const { client, user, app } = await userWithApp(server, { requireSecret: true });
    const tokens = await obtainTokens(server, client, app, 'write read');
    const response = await post(server, app, '/oauth/introspect', { token: tokens.access_token });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const now = Math.floor(Date.now() / 1000);
    expect(response.body).toMatchObject({
      active: true,
      scope: 'read write',
      client_id: app.clientId,
      token_type: 'Bearer',
      sub: user.id,
    });
    expect(Number(response.body.exp) - Number(response.body.iat)).toBe(3600);
    expect(Math.abs(Number(response.body.iat) - now)).toBeLessThan(120);
  });

  it('describes a refresh token as active until it is rotated', async () => {
    const { client, app } = await userWithApp(server, { requireSecret: true });
    const tokens = await obtainTokens(server, client, app, 'read');
    expect(await introspect(server, app, tokens.refresh_token)).toMatchObject({
      active: true,
      token_type: 'refresh_token',
    });
  });

  it("answers active:false for another client's token, an unknown token and a revoked one", async () => {
    const { client, app } = await userWithApp(server, { requireSecret: true });
    const other = await userWithApp(server, { requireSecret: true });
    const tokens = await obtainTokens(server, client, app, 'read');
    expect(await introspect(server, other.app, tokens.access_token)).toEqual({ active: false });
    expect(await introspect(server, app, 'bnd_at_unknown')).toEqual({ active: false });
    await post(server, app, '/oauth/revoke', { token: tokens.access_token });
    expect(await introspect(server, app, tokens.access_token)).toEqual({ active: false });
  });

  it('answers active:false once the user revoked the app', async () => {
    const { app } = await userWithApp(server, { requireSecret: true });
    const { client: userClient } = await userWithApp(server, { requireSecret: false });
    const tokens = await obtainTokens(server, userClient, app, 'read');
    const revoked = await userClient.gql(
      'mutation($id: String!) { revokeAuthorizedOAuthApp(clientId: $id) }',
      { id: app.clientId },
    );
    expect(revoked.errors).toBeUndefined();
    expect(await introspect(server, app, tokens.access_token)).toEqual({ active: false });
  });

  it('needs client authentication', async () => {
    const { client, app } = await userWithApp(server, { requireSecret: true });
    const tokens = await obtainTokens(server, client, app, 'read');
    const response = await postRaw(server, '/oauth/introspect', `token=${tokens.access_token}`);
    expect(response.status).toBe(401);
    expect(response.body.error).toBe('invalid_client');
  });

  it('refuses a public client, whose client_id is no credential (RFC 7662 §2.1)', async () => {
    const { client, app } = await userWithApp(server, { requireSecret: false });
    const tokens = await obtainTokens(server, client, app, 'read');
    const response = await post(server, app, '/oauth/introspect', { token: tokens.access_token });
    expect(response.status).toBe(401);
    expect(response.body.error).toBe('invalid_client');
    expect(response.headers.get('www-authenticate')).toMatch(/^Basic /);
    // The same client may still revoke its token (RFC 7009 §2.1).
    const revoked = await post(server, app, '/oauth/revoke', { token: tokens.refresh_token });
    expect(revoked.status).toBe(200);
    expect((await viewerWith(server, tokens.access_token)).status).toBe(401);
  });
});
