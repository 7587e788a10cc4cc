import { describe, expect, it } from 'vitest';
import { TestClient } from '../helpers/client.js';
import { useTestServer } from '../helpers/server.js';
import {
  BAD_INPUTS,
  GQL,
  VALID_APP,
  gqlOk,
  ownedAppsOverGraphQL,
  storedSecret,
  type GqlApp,
} from './owned-apps.js';

const server = useTestServer();
/** Every secret the server handed out in this file, to prove none reached a log. */
const secretsSeen: string[] = [];

const { owner, call, create, activity } = ownedAppsOverGraphQL(() => server, secretsSeen);

describe('createOAuthApp', () => {
  it('creates a confidential app and returns its secret once, in full', async () => {
    const { client } = await owner();
    const { app, clientSecret } = await create(client);
    expect(app).toMatchObject({
      name: 'My integration',
      redirectUris: ['https://client.example/callback'],
      requireSecret: true,
      lastUsedAt: null,
      authorizedUserCount: 0,
      secretLeakedAt: null,
    });
    // At least 128 bits of URL-safe randomness for the id, 256 bits behind the prefix for the secret.
    expect(app.clientId).toMatch(/^[A-Za-z0-9_-]{22,}$/);
    expect(clientSecret).toMatch(/^bnd_cs_[A-Za-z0-9_-]{43,}$/);
    expect(new Date(app.createdAt).toISOString()).toBe(app.createdAt);
  });

  it('creates a public app without a secret', async () => {
    const { client } = await owner();
    const { app, clientSecret } = await create(client, { requireSecret: false });
    expect(app.requireSecret).toBe(false);
    expect(clientSecret).toBeNull();
    expect(await storedSecret(server, app.clientId)).toBeNull();
  });

  it('gives every app its own client id', async () => {
    const { client } = await owner();
    const first = await create(client, { requireSecret: false });
    const second = await create(client, { requireSecret: false });
    expect(first.app.clientId).not.toBe(second.app.clientId);
  });

  it('keeps redirect URIs in the owner’s order, with loopback http and a private-use scheme', async () => {
    const { client } = await owner();
    const redirectUris = [
      'com.example.app:/cb',
      'http://127.0.0.1:8080/cb',
      'https://z.example/cb',
      'http://localhost/cb',
      'http://[::1]:9000/cb',
      'https://a.example/cb?x=1',
    ];
    const { app } = await create(client, { redirectUris, requireSecret: false });
    expect(app.redirectUris).toEqual(redirectUris);
  });

  it('stores redirect URIs with the scheme and host lower-cased (RFC 3986 §6.2.2.1), path as typed', async () => {
    const { client } = await owner();
    const { app } = await create(client, {
      redirectUris: ['HTTPS://Client.Example/Callback', 'Com.Example.App:/CB'],
      requireSecret: false,
    });
    expect(app.redirectUris).toEqual(['https://client.example/Callback', 'com.example.app:/CB']);
  });

  it('trims the name', async () => {
    const { client } = await owner();
    const { app } = await create(client, { name: '  Spaced out  ', requireSecret: false });
    expect(app.name).toBe('Spaced out');
  });

  it.each(BAD_INPUTS)('refuses %s, naming the field', async (_label, input, field, message) => {
    const { client } = await owner();
    const { data, error } = await call(client, 'createOAuthApp', GQL.create, {
      input: { ...VALID_APP, ...input },
    });
    expect(data).toBeUndefined();
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(error?.message).toMatch(message);
    expect((await gqlOk<{ ownedOAuthApps: GqlApp[] }>(client, GQL.list)).ownedOAuthApps).toEqual(
      [],
    );
  });

  it('records CREATED with the actor’s name', async () => {
    const { client } = await owner('Creator Cleo');
    const { app } = await create(client, { requireSecret: false });
    const { data } = await activity(client, app.clientId);
    expect(data).toEqual([expect.objectContaining({ type: 'CREATED', actorName: 'Creator Cleo' })]);
  });
});

describe('ownedOAuthApps and ownedOAuthApp', () => {
  it('lists only the owner’s apps, newest first, and never a secret', async () => {
    const { client } = await owner();
    const first = await create(client, { name: 'First' });
    const second = await create(client, { name: 'Second' });
    await create((await owner()).client, { name: 'Someone else’s' });
    const response = await client.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: GQL.list }),
    });
    const text = await response.text();
    const apps = (JSON.parse(text) as { data: { ownedOAuthApps: GqlApp[] } }).data.ownedOAuthApps;
    expect(apps.map((a) => a.clientId).sort()).toEqual(
      [first.app.clientId, second.app.clientId].sort(),
    );
    const times = apps.map((a) => Date.parse(a.createdAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    for (const secret of secretsSeen) expect(text).not.toContain(secret);
    expect(text).not.toContain('bnd_cs_');
  });

  it('shows one app without its secret', async () => {
    const { client } = await owner();
    const { app, clientSecret } = await create(client);
    const { data } = await call(client, 'ownedOAuthApp', GQL.get, { clientId: app.clientId });
    expect(data).toEqual(app);
    expect(JSON.stringify(data)).not.toContain(clientSecret);
  });

  it('has no field that could carry the secret', async () => {
    const { client } = await owner();
    const { app } = await create(client);
    const result = await client.gql(
      `query($c: String!) { ownedOAuthApp(clientId: $c) { clientSecret } }`,
      {
        c: app.clientId,
      },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('asks for a signed-in user', async () => {
    const result = await new TestClient(server.url).gql(GQL.list);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('another user’s app', () => {
  const attempts: [string, string, Record<string, unknown>][] = [
    ['ownedOAuthApp', GQL.get, {}],
    ['updateOAuthApp', GQL.update, { input: { name: 'Taken over' } }],
    ['setOAuthAppRequireSecret', GQL.requireSecret, { requireSecret: false }],
    ['rotateOAuthAppSecret', GQL.rotate, {}],
    ['revealOAuthAppSecret', GQL.reveal, {}],
    ['deleteOAuthApp', GQL.delete, {}],
    ['oauthAppActivity', GQL.activity, {}],
  ];

  it.each(attempts)('is NOT_FOUND for %s, exactly like a missing app', async (key, query, vars) => {
    const alice = await owner();
    const { app, clientSecret } = await create(alice.client);
    const mallory = await owner();
    const theirs = await call(mallory.client, key, query, { clientId: app.clientId, ...vars });
    const missing = await call(mallory.client, key, query, { clientId: 'no-such-client', ...vars });
    expect(theirs.data ?? null).toBeNull();
    expect(theirs.error?.extensions?.code).toBe('NOT_FOUND');
    expect(theirs.error?.message).toBe(missing.error?.message);
    // Nothing changed for the owner.
    expect(
      (await call(alice.client, 'ownedOAuthApp', GQL.get, { clientId: app.clientId })).data,
    ).toEqual(app);
    const services = server.services;
    const stored = await services.clients.findByClientId(app.clientId);
    expect(stored && services.clientStore.verifySecret(stored, clientSecret ?? '')).toBe(true);
  });
});

describe('updateOAuthApp', () => {
  it('renames the app and records the old and new name', async () => {
    const { client } = await owner('Renamer Rui');
    const { app } = await create(client, { name: 'Old name' });
    const { data } = await call<'updateOAuthApp', GqlApp>(client, 'updateOAuthApp', GQL.update, {
      clientId: app.clientId,
      input: { name: '  New name ' },
    });
    expect(data).toMatchObject({ name: 'New name', redirectUris: app.redirectUris });
    expect(Date.parse(data?.updatedAt ?? '')).toBeGreaterThanOrEqual(Date.parse(app.updatedAt));
    const log = (await activity(client, app.clientId)).data ?? [];
    expect(log).toContainEqual(
      expect.objectContaining({
        type: 'RENAMED',
        actorName: 'Renamer Rui',
        detail: '"Old name" → "New name"',
      }),
    );
  });

  it('replaces the redirect URIs in the given order and records what changed', async () => {
    const { client } = await owner();
    const { app } = await create(client, { redirectUris: ['https://a.example/cb'] });
    const redirectUris = ['https://c.example/cb', 'com.example.app:/cb', 'https://b.example/cb'];
    const { data } = await call<'updateOAuthApp', GqlApp>(client, 'updateOAuthApp', GQL.update, {
      clientId: app.clientId,
      input: { redirectUris },
    });
    expect(data).toMatchObject({ name: app.name, redirectUris });
    const log = (await activity(client, app.clientId)).data ?? [];
    const changed = log.find((e) => e.type === 'REDIRECT_URIS_CHANGED');
    expect(changed?.detail).toBe(
      'Added https://c.example/cb, com.example.app:/cb, https://b.example/cb; ' +
        'removed https://a.example/cb',
    );
  });

  it('records nothing when the URIs differ only in the case of scheme and host', async () => {
    const { client } = await owner();
    const { app } = await create(client);
    const { data } = await call<'updateOAuthApp', GqlApp>(client, 'updateOAuthApp', GQL.update, {
      clientId: app.clientId,
      input: { redirectUris: ['HTTPS://CLIENT.EXAMPLE/callback'] },
    });
    expect(app.redirectUris).toEqual(['https://client.example/callback']);
    expect(data?.redirectUris).toEqual(app.redirectUris);
    expect((await activity(client, app.clientId)).types).toEqual(['CREATED']);
  });

  it('records nothing when nothing changed', async () => {
    const { client } = await owner();
    const { app } = await create(client);
    await call(client, 'updateOAuthApp', GQL.update, {
      clientId: app.clientId,
      input: { name: app.name, redirectUris: app.redirectUris },
    });
    expect((await activity(client, app.clientId)).types).toEqual(['CREATED']);
  });

  it.each(BAD_INPUTS)('refuses %s, naming the field', async (_label, input, field, message) => {
    const { client } = await owner();
    const { app } = await create(client);
    const { error } = await call(client, 'updateOAuthApp', GQL.update, {
      clientId: app.clientId,
      input,
    });
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(error?.message).toMatch(message);
    expect((await call(client, 'ownedOAuthApp', GQL.get, { clientId: app.clientId })).data).toEqual(
      app,
    );
  });
});

describe('the server log', () => {
  it('never holds a client secret handed out by the tests above', () => {
    expect(secretsSeen.length).toBeGreaterThan(0);
    const log = server.logs.join('\n');
    for (const secret of secretsSeen) expect(log).not.toContain(secret);
  });
});
