import { describe, expect, it } from 'vitest';
import { undoMigrationsDownTo } from '../helpers/database.js';
import { useTestServer } from '../helpers/server.js';
import { deviceCodes, deviceTokens, ownerWithDeviceApp } from '../oauth/device-support.js';
import { anotherUser, viewerWith } from '../oauth/support.js';

const server = useTestServer();

const APP = `query($c: String!) { ownedOAuthApp(clientId: $c) {
  name allowDeviceFlow description homepageUrl } }`;

async function tableExists(name: string): Promise<boolean> {
  const sql =
    server.db.options.type === 'mysql'
      ? 'SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = ?'
      : "SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?";
  return ((await server.db.query(sql, [name])) as unknown[]).length === 1;
}

describe('the device-flow and app-identity migration, down and up again on live data', () => {
  it('keeps apps, authorizations and tokens; new columns start empty and the flow off', async () => {
    const { client: owner, app } = await ownerWithDeviceApp(server);
    await owner.gql(
      'mutation($c: String!, $i: UpdateOAuthAppInput!) { updateOAuthApp(clientId: $c, input: $i) { name } }',
      { c: app.clientId, i: { description: 'Kept?', homepageUrl: 'https://kept.example' } },
    );
    const tokens = await deviceTokens(server, app, await anotherUser(server));
    await deviceCodes(server, app);

    await undoMigrationsDownTo(server.db, 'DeviceFlowAndAppIdentity1765000000000');
    expect(await tableExists('oauth_device_authorizations')).toBe(false);
    // Reverting rebuilt nothing that cascades: the session from the device flow still works.
    const [row] = (await server.db.query('SELECT * FROM oauth_apps WHERE client_id = ?', [
      app.clientId,
    ])) as Record<string, unknown>[];
    expect(row).toBeDefined();
    expect(row).not.toHaveProperty('allow_device_flow');
    expect(row).not.toHaveProperty('description');

    await server.db.runMigrations({ transaction: 'each' });
    expect(await tableExists('oauth_device_authorizations')).toBe(true);
    expect((await viewerWith(server, String(tokens.access_token))).status).toBe(200);
    const read = await owner.gql(APP, { c: app.clientId });
    expect(read.data?.ownedOAuthApp).toEqual({
      name: 'Test integration',
      allowDeviceFlow: false,
      description: null,
      homepageUrl: null,
    });
  });
});
