import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, signUp } from '../helpers/client.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { BAD_INPUTS, grantSession, snakeCase, storedSecret, tokenExists } from './owned-apps.js';

let server: TestServer;
const secretsSeen: string[] = [];

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server.close());

type AppJson = {
  client_id: string;
  name: string;
  redirect_uris: string[];
  require_secret: boolean;
  created_at: string;
  updated_at: string;
  last_used_at: string | null;
  client_secret?: string;
};
type Answer<T> = { status: number; body: T; text: string; headers: Headers };

const VALID = {
  name: 'Script app',
  redirect_uris: ['https://client.example/callback'],
  require_secret: true,
};

const ownOrigin = () => new URL(server.config.publicUrl).origin;

/** A JSON call with the session cookie and this site's Origin, as the SPA would make it. */
async function rest<T = AppJson>(
  client: TestClient,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = { origin: ownOrigin() },
): Promise<Answer<T>> {
  const response = await client.fetch(`/consumer/v1${path}`, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const parsed = (text ? JSON.parse(text) : null) as T;
  const secret = (parsed as { client_secret?: string } | null)?.client_secret;
  if (secret) secretsSeen.push(secret);
  return { status: response.status, body: parsed, text, headers: response.headers };
}

async function owner() {
  const client = new TestClient(server.url);
  const user = await signUp(client);
  return { client, user };
}

async function create(client: TestClient, body: Partial<typeof VALID> = {}) {
  const created = await rest(client, 'POST', '/oauth/clients', { ...VALID, ...body });
  if (created.status !== 201) throw new Error(`create failed: ${created.text}`);
  return created.body;
}

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

describe('GET /consumer/v1/openapi.json', () => {
  it('is an OpenAPI 3.1 document of the client routes, served without sign-in', async () => {
    const response = await fetch(`${server.url}/consumer/v1/openapi.json`);
    expect(response.status).toBe(200);
    const doc = (await response.json()) as {
      openapi: string;
      paths: Record<
        string,
        Record<string, { requestBody?: unknown; responses: object; security?: object[] }>
      >;
      components: { securitySchemes: Record<string, unknown> };
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths['/consumer/v1/oauth/clients'] ?? {}).sort()).toEqual([
      'get',
      'post',
    ]);
    expect(Object.keys(doc.paths['/consumer/v1/oauth/clients/{client_id}'] ?? {}).sort()).toEqual([
      'delete',
      'get',
      'patch',
    ]);
    expect(doc.paths['/consumer/v1/oauth/clients/{client_id}/secret/rotate']).toHaveProperty(
      'post',
    );
    expect(doc.paths['/consumer/v1/oauth/clients/{client_id}/secret']).toHaveProperty('get');
    expect(doc.paths['/consumer/v1/oauth/clients']?.post?.requestBody).toBeDefined();
    expect(Object.keys(doc.paths).every((p) => p.startsWith('/consumer/v1/'))).toBe(true);
    expect(doc.paths).not.toHaveProperty('/consumer/v1/openapi.json');
    expect(doc.components.securitySchemes).toHaveProperty('oauth2');
    const byId = doc.paths['/consumer/v1/oauth/clients/{client_id}'];
    expect(byId?.get?.security).toContainEqual({ oauth2: ['read'] });
    expect(byId?.patch?.security).toContainEqual({ oauth2: ['write'] });
    expect(byId?.delete?.security).toContainEqual({ oauth2: ['delete'] });
  });
});

describe('the server log', () => {
  it('never holds a client secret handed out by the tests above', () => {
    expect(secretsSeen.length).toBeGreaterThan(0);
    const log = server.logs.join('\n');
    for (const secret of secretsSeen) expect(log).not.toContain(secret);
  });
});
