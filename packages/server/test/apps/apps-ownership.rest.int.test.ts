import { describe, expect, it } from 'vitest';
import { secretsNeverLogged, useAppsRest } from './apps-rest.js';

const suite = useAppsRest();
const { rest, owner, create } = suite;

describe('another user’s app', () => {
  it.each([
    ['GET', ''],
    ['PATCH', ''],
    ['POST', '/secret/rotate'],
    ['GET', '/secret'],
    ['DELETE', ''],
  ])('is 404 for %s /oauth/clients/:client_id%s, like a missing app', async (method, suffix) => {
    const alice = await owner();
    const { client_secret: _secret, ...app } = await create(alice.client);
    const mallory = await owner();
    const body = method === 'PATCH' ? { name: 'Taken over' } : undefined;
    const theirs = await rest(
      mallory.client,
      method,
      `/oauth/clients/${app.client_id}${suffix}`,
      body,
    );
    const missing = await rest(mallory.client, method, `/oauth/clients/nope${suffix}`, body);
    expect(theirs.status).toBe(404);
    expect(theirs.body).toEqual({ error: 'not_found', error_description: expect.any(String) });
    expect(theirs.body).toEqual(missing.body);
    expect((await rest(alice.client, 'GET', `/oauth/clients/${app.client_id}`)).body).toEqual(app);
  });
});

secretsNeverLogged(suite);
