import { describe, expect, it } from 'vitest';
import { secretsNeverLogged, useAppsRest } from './apps-rest.js';

const suite = useAppsRest();
const { server, secretsSeen, ownOrigin, rest, owner, create } = suite;

describe('secrets over REST', () => {
  it('rotates: a new secret, not cached; the old one stops at once', async () => {
    const { client } = await owner();
    const app = await create(client);
    const rotated = await rest<{ client_secret: string }>(
      client,
      'POST',
      `/oauth/clients/${app.client_id}/secret/rotate`,
    );
    expect(rotated.status).toBe(200);
    expect(rotated.body).toEqual({ client_secret: expect.stringMatching(/^bnd_cs_/) });
    expect(rotated.body.client_secret).not.toBe(app.client_secret);
    expect(rotated.headers.get('cache-control')).toBe('no-store');
    const stored = await server.services.clients.findByClientId(app.client_id);
    expect(
      stored && server.services.clientStore.verifySecret(stored, app.client_secret ?? ''),
    ).toBe(false);
    expect(
      stored && server.services.clientStore.verifySecret(stored, rotated.body.client_secret),
    ).toBe(true);
  });

  it('accepts a rotate that says its empty body is JSON', async () => {
    const { client } = await owner();
    const app = await create(client);
    const response = await client.fetch(
      `/consumer/v1/oauth/clients/${app.client_id}/secret/rotate`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: ownOrigin() },
      },
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as { client_secret: string };
    secretsSeen.push(body.client_secret);
  });

  it('refuses to rotate a public app', async () => {
    const { client } = await owner();
    const app = await create(client, { require_secret: false });
    const refused = await rest(client, 'POST', `/oauth/clients/${app.client_id}/secret/rotate`);
    expect(refused.status).toBe(400);
    expect(refused.body).toEqual({
      error: 'invalid_request',
      error_description:
        'This app is public and has no client secret; turn on Require a client secret first',
    });
  });

  it('reveals the current secret, not cached, and records it', async () => {
    const { client } = await owner();
    const app = await create(client);
    const revealed = await rest<{ client_secret: string }>(
      client,
      'GET',
      `/oauth/clients/${app.client_id}/secret`,
    );
    expect(revealed.status).toBe(200);
    expect(revealed.body).toEqual({ client_secret: app.client_secret });
    expect(revealed.headers.get('cache-control')).toBe('no-store');
    const log = await rest<{ data: { type: string }[] }>(
      client,
      'GET',
      `/oauth/clients/${app.client_id}/activity`,
    );
    expect(log.body.data.map((e) => e.type)).toContain('SECRET_REVEALED');
  });
});

secretsNeverLogged(suite);
