import { describe, expect, it } from 'vitest';
import { rest } from '../api/rest.js';
import { appPage, authorizedEntry } from '../credentials/support.js';
import { admin as adminCli } from '../helpers/admin-cli.js';
import { TestClient, signUp } from '../helpers/client.js';
import { createApp, obtainTokens, pkcePair } from '../helpers/oauth.js';
import { useTestServer } from '../helpers/server.js';
import { activityOf, authorizeParams, authorizePath, post, viewerWith } from '../oauth/support.js';

const server = useTestServer();
const admin = (...args: string[]) => adminCli(server, ...args);

async function appInUse() {
  const owner = new TestClient(server.url);
  await signUp(owner, 'Olive Owner');
  const app = await createApp(owner, { requireSecret: true });
  const user = new TestClient(server.url);
  await signUp(user, 'Una User');
  const tokens = await obtainTokens(server, user, app, 'read');
  return { owner, app, user, tokens };
}

describe('pnpm admin suspend-app', () => {
  it('revokes the app’s tokens at once and refuses it everywhere, with the reason for its owner', async () => {
    const { owner, app, user, tokens } = await appInUse();
    const reason = 'Phishing reported by several users';

    const done = await admin('suspend-app', app.clientId, '--reason', reason);
    expect(done).toMatchObject({ code: 0, stdout: expect.stringContaining('Suspended') });

    expect((await viewerWith(server, tokens.access_token)).status).toBe(401);
    const refresh = await post(server, app, '/oauth/token', {
      grant_type: 'refresh_token',
      refresh_token: tokens.refresh_token,
    });
    expect(refresh.status).toBe(400);
    expect(refresh.body.error).toBe('unauthorized_client');
    const introspection = await post(server, app, '/oauth/introspect', {
      token: tokens.access_token,
    });
    expect(introspection.body.error).toBe('unauthorized_client');

    const link = await user.fetch(authorizePath(authorizeParams(app, pkceParams())));
    expect(link.status).toBe(400);
    expect(link.headers.get('location')).toBeNull();
    expect(await link.text()).toContain('Application suspended');

    const page = await appPage(owner, app.clientId);
    expect(page).toMatchObject({ suspendedAt: expect.any(String), suspendedReason: reason });
    const restApp = await rest(server, owner, 'GET', `/oauth/clients/${app.clientId}`);
    expect(restApp.body).toMatchObject({
      suspended_at: expect.any(String),
      suspended_reason: reason,
    });
    expect(await activityOf(owner, app)).toContain('APP_SUSPENDED');
    expect((await authorizedEntry(user, app.clientId))?.suspended).toBe(true);
  });

  it('gives the owner no way to lift it', async () => {
    const { owner, app } = await appInUse();
    await admin('suspend-app', app.clientId, '--reason', 'Spam');
    const attempt = await owner.gql(
      'mutation($id: String!) { updateOAuthApp(clientId: $id, input: { suspendedAt: null }) { suspendedAt } }',
      { id: app.clientId },
    );
    expect(attempt.errors?.[0]?.message).toMatch(/suspendedAt/);
    const patched = await rest(
      server,
      owner,
      'PATCH',
      `/oauth/clients/${app.clientId}`,
      { suspended_at: null },
      { origin: server.url },
    );
    expect(patched.status).toBe(400);
    expect((await appPage(owner, app.clientId)).suspendedAt).toEqual(expect.any(String));
  });

  it('unsuspend-app lets the app work again without bringing back its old tokens', async () => {
    const { owner, app, user, tokens } = await appInUse();
    await admin('suspend-app', app.clientId, '--reason', 'Checked by mistake');
    const lifted = await admin('unsuspend-app', app.clientId);
    expect(lifted.code).toBe(0);

    expect((await viewerWith(server, tokens.access_token)).status).toBe(401);
    const fresh = await obtainTokens(server, user, app, 'read');
    expect((await viewerWith(server, fresh.access_token)).status).toBe(200);
    expect(await appPage(owner, app.clientId)).toMatchObject({
      suspendedAt: null,
      suspendedReason: null,
    });
    expect((await activityOf(owner, app))[0]).toBe('APP_UNSUSPENDED');
  });

  it('fails with exit code 1 for an unknown client id or a missing reason', async () => {
    const unknown = await admin('suspend-app', 'no-such-client', '--reason', 'x');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No app has the client id no-such-client');
    const { app } = await appInUse();
    expect((await admin('suspend-app', app.clientId)).code).toBe(1);
    expect((await admin('suspend-app', app.clientId, '--reason', '  ')).code).toBe(1);
  });
});

function pkceParams(): Record<string, string> {
  return { code_challenge: pkcePair().challenge, code_challenge_method: 'S256' };
}
