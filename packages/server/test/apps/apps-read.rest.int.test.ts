import { describe, expect, it } from 'vitest';
import { secretsNeverLogged, useAppsRest, type AppJson } from './apps-rest.js';

const suite = useAppsRest();
const { secretsSeen, rest, owner, create } = suite;

describe('GET /oauth/clients and /oauth/clients/:client_id', () => {
  it('lists the owner’s apps, newest first, without secrets', async () => {
    const { client } = await owner();
    const first = await create(client, { name: 'First' });
    const second = await create(client, { name: 'Second', require_secret: false });
    await create((await owner()).client);
    const list = await rest<{ data: AppJson[] }>(client, 'GET', '/oauth/clients');
    expect(list.status).toBe(200);
    expect(list.body.data.map((a) => a.client_id).sort()).toEqual(
      [first.client_id, second.client_id].sort(),
    );
    const times = list.body.data.map((a) => Date.parse(a.created_at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    for (const app of list.body.data) expect(app).not.toHaveProperty('client_secret');
    for (const secret of secretsSeen) expect(list.text).not.toContain(secret);
  });

  it('shows one app without its secret', async () => {
    const { client } = await owner();
    const { client_secret: secret, ...app } = await create(client);
    const detail = await rest(client, 'GET', `/oauth/clients/${app.client_id}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toEqual(app);
    expect(detail.text).not.toContain(secret);
  });
});

secretsNeverLogged(suite);
