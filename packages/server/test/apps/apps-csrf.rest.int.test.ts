import { describe, expect, it } from 'vitest';
import { TestClient } from '../helpers/client.js';
import { secretsNeverLogged, useAppsRest, VALID, type AppJson } from './apps-rest.js';
import { storedSecret } from './owned-apps.js';

const suite = useAppsRest();
const { server, rest, owner, create } = suite;

describe('cookie writes and CSRF', () => {
  it.each([
    ['no Origin', {}],
    ['another site’s Origin', { origin: 'https://evil.example' }],
    ['a lookalike Origin', { origin: `${'http://127.0.0.1'}.evil.example` }],
  ])('refuses a create with %s (403)', async (_label, headers) => {
    const { client } = await owner();
    const refused = await rest(client, 'POST', '/oauth/clients', VALID, headers);
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ error: 'forbidden' });
    expect((await rest<{ data: AppJson[] }>(client, 'GET', '/oauth/clients')).body.data).toEqual(
      [],
    );
  });

  it('refuses PATCH, rotate and DELETE without this site’s Origin', async () => {
    const { client } = await owner();
    const app = await create(client);
    const id = app.client_id;
    const noOrigin = {};
    expect(
      (await rest(client, 'PATCH', `/oauth/clients/${id}`, { name: 'x' }, noOrigin)).status,
    ).toBe(403);
    expect(
      (await rest(client, 'POST', `/oauth/clients/${id}/secret/rotate`, undefined, noOrigin))
        .status,
    ).toBe(403);
    expect((await rest(client, 'DELETE', `/oauth/clients/${id}`, undefined, noOrigin)).status).toBe(
      403,
    );
    const after = await rest(client, 'GET', `/oauth/clients/${id}`);
    expect(after.body).toEqual({ ...app, client_secret: undefined });
    expect(
      await storedSecret(server, id).then((s) => server.services.secretBox.open(s ?? '')),
    ).toBe(app.client_secret);
  });

  it('refuses a cross-site text/plain form post before reading it (403)', async () => {
    const { client } = await owner();
    const response = await client.fetch('/consumer/v1/oauth/clients', {
      method: 'POST',
      headers: { 'content-type': 'text/plain', origin: 'https://evil.example' },
      body: JSON.stringify(VALID),
    });
    expect(response.status).toBe(403);
    expect((await rest<{ data: AppJson[] }>(client, 'GET', '/oauth/clients')).body.data).toEqual(
      [],
    );
  });

  it('asks an anonymous writer to sign in before looking at the body (401)', async () => {
    const anonymous = await rest(new TestClient(server.url), 'POST', '/oauth/clients', {});
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toMatchObject({ error: 'unauthenticated' });
  });

  it('asks an anonymous caller to sign in (401)', async () => {
    const anonymous = await rest(new TestClient(server.url), 'GET', '/oauth/clients');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toMatchObject({ error: 'unauthenticated' });
  });
});

secretsNeverLogged(suite);
