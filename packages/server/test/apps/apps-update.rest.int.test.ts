import { describe, expect, it } from 'vitest';
import { secretsNeverLogged, useAppsRest } from './apps-rest.js';
import { grantSession, storedSecret, tokenExists } from './owned-apps.js';

const suite = useAppsRest();
const { server, rest, owner, create } = suite;

describe('PATCH /oauth/clients/:client_id', () => {
  it('changes the name and redirect URIs, keeping their order', async () => {
    const { client } = await owner();
    const app = await create(client);
    const redirect_uris = ['https://b.example/cb', 'https://a.example/cb'];
    const patched = await rest(client, 'PATCH', `/oauth/clients/${app.client_id}`, {
      name: ' Renamed ',
      redirect_uris,
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ name: 'Renamed', redirect_uris, require_secret: true });
    expect(patched.body).not.toHaveProperty('client_secret');
  });

  it('turns require_secret on and answers the new secret, not cached', async () => {
    const { client } = await owner();
    const app = await create(client, { require_secret: false });
    const patched = await rest(client, 'PATCH', `/oauth/clients/${app.client_id}`, {
      require_secret: true,
    });
    expect(patched.status).toBe(200);
    expect(patched.body.require_secret).toBe(true);
    expect(patched.body.client_secret).toMatch(/^bnd_cs_/);
    expect(patched.headers.get('cache-control')).toBe('no-store');
    const revealed = await rest<{ client_secret: string }>(
      client,
      'GET',
      `/oauth/clients/${app.client_id}/secret`,
    );
    expect(revealed.body.client_secret).toBe(patched.body.client_secret);
  });

  it('turns require_secret off with a rename in one call: secret gone, sessions signed out', async () => {
    const { client, user } = await owner();
    const app = await create(client);
    const session = await grantSession(server, app.client_id, user.id);
    const patched = await rest(client, 'PATCH', `/oauth/clients/${app.client_id}`, {
      name: 'Now public',
      require_secret: false,
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ name: 'Now public', require_secret: false });
    expect(patched.body).not.toHaveProperty('client_secret');
    expect(await storedSecret(server, app.client_id)).toBeNull();
    expect(await tokenExists(server, session.tokenHash)).toBe(false);
    const reveal = await rest(client, 'GET', `/oauth/clients/${app.client_id}/secret`);
    expect(reveal.status).toBe(400);
    expect(reveal.body).toMatchObject({ error: 'invalid_request' });
  });

  it('changes nothing when any part of the patch is invalid', async () => {
    const { client } = await owner();
    const { client_secret: _secret, ...app } = await create(client);
    const refused = await rest(client, 'PATCH', `/oauth/clients/${app.client_id}`, {
      name: 'Fine',
      redirect_uris: ['https://ok.example/cb', 'http://not-loopback.example/cb'],
      require_secret: false,
    });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ error: 'invalid_request', field: 'redirect_uris.1' });
    expect((await rest(client, 'GET', `/oauth/clients/${app.client_id}`)).body).toEqual(app);
  });

  it('refuses unknown fields', async () => {
    const { client } = await owner();
    const app = await create(client);
    const refused = await rest(client, 'PATCH', `/oauth/clients/${app.client_id}`, {
      client_secret: 'bnd_cs_mine',
    });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ error: 'invalid_request', field: 'client_secret' });
  });
});

secretsNeverLogged(suite);
