import { describe, expect, it } from 'vitest';
import { secretsNeverLogged, useAppsRest } from './apps-rest.js';
import { grantSession, tokenExists } from './owned-apps.js';

const suite = useAppsRest();
const { server, rest, owner, create } = suite;

describe('DELETE /oauth/clients/:client_id', () => {
  it('answers 204 and the app is gone', async () => {
    const { client, user } = await owner();
    const app = await create(client);
    const session = await grantSession(server, app.client_id, user.id);
    const deleted = await rest(client, 'DELETE', `/oauth/clients/${app.client_id}`);
    expect(deleted.status).toBe(204);
    expect(deleted.text).toBe('');
    expect((await rest(client, 'GET', `/oauth/clients/${app.client_id}`)).status).toBe(404);
    expect(await tokenExists(server, session.tokenHash)).toBe(false);
    const log = await rest<{ data: { type: string }[] }>(
      client,
      'GET',
      `/oauth/clients/${app.client_id}/activity`,
    );
    expect(log.body.data.map((e) => e.type)).toContain('DELETED');
  });
});

secretsNeverLogged(suite);
