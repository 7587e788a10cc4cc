import { describe, expect, it } from 'vitest';
import { secretsNeverLogged, useAppsRest, VALID, type AppJson } from './apps-rest.js';
import { BAD_INPUTS, snakeCase, storedSecret } from './owned-apps.js';

const suite = useAppsRest();
const { server, ownOrigin, rest, owner } = suite;

describe('POST /oauth/clients', () => {
  it('creates a confidential app: 201, the secret once, not cached', async () => {
    const { client } = await owner();
    const created = await rest(client, 'POST', '/oauth/clients', VALID);
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      client_id: expect.stringMatching(/^[A-Za-z0-9_-]{22,}$/),
      name: 'Script app',
      redirect_uris: ['https://client.example/callback'],
      require_secret: true,
      created_at: expect.any(String),
      updated_at: expect.any(String),
      last_used_at: null,
      allow_device_flow: false,
      description: null,
      homepage_url: null,
      privacy_policy_url: null,
      terms_of_service_url: null,
      rotate_secret_on_leak: false,
      require_pushed_authorization_requests: false,
      require_dpop: false,
      id_token_signed_response_alg: 'RS256',
      secret_leaked_at: null,
      secret_leak_url: null,
      suspended_at: null,
      suspended_reason: null,
      client_secret: expect.stringMatching(/^bnd_cs_[A-Za-z0-9_-]{43,}$/),
    });
    expect(new Date(created.body.created_at).toISOString()).toBe(created.body.created_at);
    expect(created.headers.get('cache-control')).toBe('no-store');
    const stored = await storedSecret(server, created.body.client_id);
    expect(stored).not.toBe(created.body.client_secret);
    expect(server.services.secretBox.open(stored ?? '')).toBe(created.body.client_secret);
  });

  it('creates a public app without client_secret', async () => {
    const { client } = await owner();
    const created = await rest(client, 'POST', '/oauth/clients', {
      ...VALID,
      require_secret: false,
      redirect_uris: ['com.example.app:/cb', 'http://127.0.0.1:7000/cb'],
    });
    expect(created.status).toBe(201);
    expect(created.body).not.toHaveProperty('client_secret');
    expect(created.body.redirect_uris).toEqual(['com.example.app:/cb', 'http://127.0.0.1:7000/cb']);
  });

  it('stores redirect URIs with the scheme and host lower-cased (RFC 3986 §6.2.2.1)', async () => {
    const { client } = await owner();
    const created = await rest(client, 'POST', '/oauth/clients', {
      ...VALID,
      redirect_uris: ['HTTPS://CLIENT.EXAMPLE/Callback'],
    });
    expect(created.status).toBe(201);
    expect(created.body.redirect_uris).toEqual(['https://client.example/Callback']);
  });

  it.each(BAD_INPUTS)(
    'refuses %s with 400, naming the field',
    async (_l, input, field, message) => {
      const { client } = await owner();
      const body = {
        name: input.name ?? VALID.name,
        redirect_uris: input.redirectUris ?? VALID.redirect_uris,
        require_secret: true,
      };
      const refused = await rest(client, 'POST', '/oauth/clients', body);
      expect(refused.status).toBe(400);
      expect(refused.body).toEqual({
        error: 'invalid_request',
        error_description: expect.stringMatching(message),
        field: snakeCase(field),
      });
      expect((await rest<{ data: AppJson[] }>(client, 'GET', '/oauth/clients')).body.data).toEqual(
        [],
      );
    },
  );

  it('refuses unknown fields, naming them', async () => {
    const { client } = await owner();
    const refused = await rest(client, 'POST', '/oauth/clients', { ...VALID, owner_id: 'x' });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ error: 'invalid_request', field: 'owner_id' });
  });

  it('refuses a missing field and a wrong type', async () => {
    const { client } = await owner();
    const missing = await rest(client, 'POST', '/oauth/clients', { name: 'x', redirect_uris: [] });
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({ error: 'invalid_request' });
    expect(missing.body).toHaveProperty('error_description');
    const wrong = await rest(client, 'POST', '/oauth/clients', {
      ...VALID,
      redirect_uris: { a: 1 },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatchObject({ error: 'invalid_request' });
  });

  it.each([
    ['text/plain', JSON.stringify(VALID)],
    [
      'application/x-www-form-urlencoded',
      'name=x&redirect_uris=https://a.example/cb&require_secret=true',
    ],
  ])('refuses a %s body', async (contentType, body) => {
    const { client } = await owner();
    const response = await client.fetch('/consumer/v1/oauth/clients', {
      method: 'POST',
      headers: { 'content-type': contentType, origin: ownOrigin() },
      body,
    });
    expect(response.status).toBe(415);
    expect(await response.json()).toMatchObject({ error: 'invalid_request' });
    expect((await rest<{ data: AppJson[] }>(client, 'GET', '/oauth/clients')).body.data).toEqual(
      [],
    );
  });

  it('refuses malformed JSON', async () => {
    const { client } = await owner();
    const response = await client.fetch('/consumer/v1/oauth/clients', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: ownOrigin() },
      body: '{"name": ',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid_request' });
  });
});

secretsNeverLogged(suite);
