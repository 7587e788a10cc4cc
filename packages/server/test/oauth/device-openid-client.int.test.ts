import * as oidc from 'openid-client';
import { describe, expect, it } from 'vitest';
import { useTestServer } from '../helpers/server.js';
import { approveCode, denyCode, ownerWithDeviceApp } from './device-support.js';
import { anotherUser, viewerWith } from './support.js';

// openid-client waits the interval before each poll: one second keeps the run short.
const server = useTestServer({ DEVICE_POLL_INTERVAL: '1' });

/** What a CLI does: discover the server (RFC 8414), then use its client id and secret. */
async function cliConfiguration(clientId: string, clientSecret: string | null) {
  return oidc.discovery(
    new URL(server.config.publicUrl),
    clientId,
    clientSecret ?? undefined,
    clientSecret === null ? oidc.None() : oidc.ClientSecretBasic(clientSecret),
    // The test server listens on plain http://127.0.0.1.
    { algorithm: 'oauth2', execute: [oidc.allowInsecureRequests] },
  );
}

describe('openid-client v6 as a command-line tool', () => {
  it('runs the device flow to tokens while the user authorizes in the browser', async () => {
    const { app } = await ownerWithDeviceApp(server, { requireSecret: true });
    const config = await cliConfiguration(app.clientId, app.clientSecret);
    const started = await oidc.initiateDeviceAuthorization(config, { scope: 'read write' });
    expect(started.verification_uri).toBe(`${server.config.publicUrl}/device`);
    expect(started.verification_uri_complete).toContain(started.user_code);
    const polling = oidc.pollDeviceAuthorizationGrant(config, started);
    const user = await anotherUser(server);
    expect((await approveCode(user, started.user_code)).errors).toBeUndefined();
    const tokens = await polling;
    expect(tokens.token_type.toLowerCase()).toBe('bearer');
    expect(tokens.scope).toBe('read write');
    expect((await viewerWith(server, tokens.access_token)).data?.viewer).toBeTruthy();
    const refreshed = await oidc.refreshTokenGrant(config, tokens.refresh_token ?? '');
    expect(refreshed.access_token).not.toBe(tokens.access_token);
  });

  it('works for a public client too, and reports the user’s refusal as access_denied', async () => {
    const { app } = await ownerWithDeviceApp(server);
    const config = await cliConfiguration(app.clientId, null);
    const started = await oidc.initiateDeviceAuthorization(config, { scope: 'read' });
    const polling = oidc.pollDeviceAuthorizationGrant(config, started);
    await denyCode(await anotherUser(server), started.user_code);
    await expect(polling).rejects.toMatchObject({ error: 'access_denied' });
  });
});
