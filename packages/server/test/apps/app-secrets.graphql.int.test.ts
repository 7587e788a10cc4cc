import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';
import {
  GQL,
  grantSession,
  ownedAppsOverGraphQL,
  storedSecret,
  tokenExists,
  type GqlApp,
  type SecretPayload,
} from './owned-apps.js';

let server: TestServer;
const secretsSeen: string[] = [];

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server.close());

const { owner, call, create, activity } = ownedAppsOverGraphQL(() => server, secretsSeen);

/** What the token endpoint will ask: does this secret authenticate the client now? */
async function secretWorks(clientId: string, secret: string): Promise<boolean> {
  const app = await server.services.clients.findByClientId(clientId);
  return app !== null && server.services.clientStore.verifySecret(app, secret);
}

describe('the stored secret', () => {
  it('is sealed: not the secret, and it opens back to it', async () => {
    const { client } = await owner();
    const { app, clientSecret } = await create(client);
    const stored = await storedSecret(server, app.clientId);
    expect(stored).not.toBeNull();
    expect(stored).not.toBe(clientSecret);
    expect(stored).not.toContain(clientSecret?.slice('bnd_cs_'.length));
    expect(server.services.secretBox.open(stored ?? '')).toBe(clientSecret);
    expect(await secretWorks(app.clientId, clientSecret ?? '')).toBe(true);
    expect(await secretWorks(app.clientId, `${clientSecret}x`)).toBe(false);
  });
});

describe('rotateOAuthAppSecret', () => {
  it('issues a new secret, stops the old one at once and signs out the app’s sessions', async () => {
    const { client, user } = await owner('Rotator Rae');
    const { app, clientSecret: old } = await create(client);
    const session = await grantSession(server, app.clientId, user.id);
    await server.services.clients.reportSecretInLink(
      (await server.services.clients.findByClientId(app.clientId))!,
      [old ?? ''],
    );
    const { data } = await call<'rotateOAuthAppSecret', SecretPayload>(
      client,
      'rotateOAuthAppSecret',
      GQL.rotate,
      { clientId: app.clientId },
    );
    expect(data?.clientSecret).toMatch(/^bnd_cs_[A-Za-z0-9_-]{43,}$/);
    expect(data?.clientSecret).not.toBe(old);
    expect(data?.app).toMatchObject({ clientId: app.clientId, secretLeakedAt: null });
    expect(await secretWorks(app.clientId, old ?? '')).toBe(false);
    expect(await secretWorks(app.clientId, data?.clientSecret ?? '')).toBe(true);
    expect(await tokenExists(server, session.tokenHash)).toBe(false);
    const log = await activity(client, app.clientId);
    expect(log.data).toContainEqual(
      expect.objectContaining({ type: 'SECRET_ROTATED', actorName: 'Rotator Rae', detail: null }),
    );
  });

  it('is refused for a public app, with a reason', async () => {
    const { client } = await owner();
    const { app } = await create(client, { requireSecret: false });
    const { data, error } = await call(client, 'rotateOAuthAppSecret', GQL.rotate, {
      clientId: app.clientId,
    });
    expect(data ?? null).toBeNull();
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.message).toBe(
      'This app is public and has no client secret; turn on Require a client secret first',
    );
  });
});

describe('revealOAuthAppSecret', () => {
  it('returns the current secret and records each reveal', async () => {
    const { client } = await owner('Revealer Rin');
    const { app, clientSecret } = await create(client);
    for (let i = 0; i < 2; i += 1) {
      const { data } = await call<'revealOAuthAppSecret', SecretPayload>(
        client,
        'revealOAuthAppSecret',
        GQL.reveal,
        { clientId: app.clientId },
      );
      expect(data?.clientSecret).toBe(clientSecret);
    }
    const log = await activity(client, app.clientId);
    const reveals = log.data?.filter((e) => e.type === 'SECRET_REVEALED') ?? [];
    expect(reveals).toHaveLength(2);
    expect(reveals[0]).toMatchObject({ actorName: 'Revealer Rin', detail: null });
  });

  it('returns the rotated secret after a rotation', async () => {
    const { client } = await owner();
    const { app } = await create(client);
    const rotated = await call<'rotateOAuthAppSecret', SecretPayload>(
      client,
      'rotateOAuthAppSecret',
      GQL.rotate,
      { clientId: app.clientId },
    );
    const revealed = await call<'revealOAuthAppSecret', SecretPayload>(
      client,
      'revealOAuthAppSecret',
      GQL.reveal,
      { clientId: app.clientId },
    );
    expect(revealed.data?.clientSecret).toBe(rotated.data?.clientSecret);
  });
});

describe('copyOAuthAppSecret', () => {
  it('returns the current secret and records a copy, not a reveal', async () => {
    const { client } = await owner('Copier Cleo');
    const { app, clientSecret } = await create(client);
    const { data } = await call<'copyOAuthAppSecret', SecretPayload>(
      client,
      'copyOAuthAppSecret',
      GQL.copy,
      { clientId: app.clientId },
    );
    expect(data?.clientSecret).toBe(clientSecret);
    const log = await activity(client, app.clientId);
    expect(log.types).toEqual(['SECRET_COPIED', 'CREATED']);
    expect(log.data?.[0]).toMatchObject({ actorName: 'Copier Cleo', detail: null });
  });

  it('is refused for a public app, with a reason', async () => {
    const { client } = await owner();
    const { app } = await create(client, { requireSecret: false });
    const { data, error } = await call(client, 'copyOAuthAppSecret', GQL.copy, {
      clientId: app.clientId,
    });
    expect(data ?? null).toBeNull();
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await activity(client, app.clientId)).types).toEqual(['CREATED']);
  });
});

describe('setOAuthAppRequireSecret', () => {
  it('off: deletes the secret and signs out every session of the app', async () => {
    const { client, user } = await owner();
    const { app, clientSecret } = await create(client);
    const session = await grantSession(server, app.clientId, user.id);
    const { data } = await call<'setOAuthAppRequireSecret', SecretPayload>(
      client,
      'setOAuthAppRequireSecret',
      GQL.requireSecret,
      { clientId: app.clientId, requireSecret: false },
    );
    expect(data?.clientSecret).toBeNull();
    expect(data?.app.requireSecret).toBe(false);
    expect(await storedSecret(server, app.clientId)).toBeNull();
    expect(await secretWorks(app.clientId, clientSecret ?? '')).toBe(false);
    expect(await tokenExists(server, session.tokenHash)).toBe(false);
    const reveal = await call(client, 'revealOAuthAppSecret', GQL.reveal, {
      clientId: app.clientId,
    });
    expect(reveal.error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await activity(client, app.clientId)).types).toContain('SECRET_REQUIRED_OFF');
  });

  it('on: creates a new secret, returned once, that the app then needs', async () => {
    const { client } = await owner();
    const { app } = await create(client, { requireSecret: false });
    const { data } = await call<'setOAuthAppRequireSecret', SecretPayload>(
      client,
      'setOAuthAppRequireSecret',
      GQL.requireSecret,
      { clientId: app.clientId, requireSecret: true },
    );
    expect(data?.app.requireSecret).toBe(true);
    expect(data?.clientSecret).toMatch(/^bnd_cs_/);
    expect(await secretWorks(app.clientId, data?.clientSecret ?? '')).toBe(true);
    expect((await activity(client, app.clientId)).types).toContain('SECRET_REQUIRED_ON');
    const detail = await call<'ownedOAuthApp', GqlApp>(client, 'ownedOAuthApp', GQL.get, {
      clientId: app.clientId,
    });
    expect(detail.data?.requireSecret).toBe(true);
  });

  it('off then on gives a different secret from the first', async () => {
    const { client } = await owner();
    const { app, clientSecret } = await create(client);
    const vars = { clientId: app.clientId };
    await call(client, 'setOAuthAppRequireSecret', GQL.requireSecret, {
      ...vars,
      requireSecret: false,
    });
    const on = await call<'setOAuthAppRequireSecret', SecretPayload>(
      client,
      'setOAuthAppRequireSecret',
      GQL.requireSecret,
      { ...vars, requireSecret: true },
    );
    expect(on.data?.clientSecret).not.toBe(clientSecret);
    expect(await secretWorks(app.clientId, clientSecret ?? '')).toBe(false);
  });

  it('changes nothing and returns no secret when the switch is already in place', async () => {
    const { client, user } = await owner();
    const { app, clientSecret } = await create(client);
    const session = await grantSession(server, app.clientId, user.id);
    const { data } = await call<'setOAuthAppRequireSecret', SecretPayload>(
      client,
      'setOAuthAppRequireSecret',
      GQL.requireSecret,
      { clientId: app.clientId, requireSecret: true },
    );
    expect(data?.clientSecret).toBeNull();
    expect(await secretWorks(app.clientId, clientSecret ?? '')).toBe(true);
    expect(await tokenExists(server, session.tokenHash)).toBe(true);
    expect((await activity(client, app.clientId)).types).toEqual(['CREATED']);
  });
});

describe('authorizedUserCount', () => {
  it('counts the users who authorized the app', async () => {
    const { client, user } = await owner();
    const other = await owner();
    const { app } = await create(client);
    await grantSession(server, app.clientId, user.id);
    await grantSession(server, app.clientId, other.user.id);
    const { data } = await call<'ownedOAuthApp', GqlApp>(client, 'ownedOAuthApp', GQL.get, {
      clientId: app.clientId,
    });
    expect(data?.authorizedUserCount).toBe(2);
  });
});

describe('deleteOAuthApp', () => {
  it('deletes the app with its sessions; its log stays for the owner only', async () => {
    const { client, user } = await owner('Deleter Dee');
    const { app } = await create(client, { name: 'Doomed' });
    const session = await grantSession(server, app.clientId, user.id);
    await call(client, 'revealOAuthAppSecret', GQL.reveal, { clientId: app.clientId });
    const deleted = await call(client, 'deleteOAuthApp', GQL.delete, { clientId: app.clientId });
    expect(deleted.data).toBe(true);

    const get = await call(client, 'ownedOAuthApp', GQL.get, { clientId: app.clientId });
    expect(get.error?.extensions?.code).toBe('NOT_FOUND');
    const list = await call<'ownedOAuthApps', GqlApp[]>(client, 'ownedOAuthApps', GQL.list);
    expect(list.data).toEqual([]);
    expect(await server.services.clients.findByClientId(app.clientId)).toBeNull();
    expect(await tokenExists(server, session.tokenHash)).toBe(false);
    const again = await call(client, 'deleteOAuthApp', GQL.delete, { clientId: app.clientId });
    expect(again.error?.extensions?.code).toBe('NOT_FOUND');

    const log = await activity(client, app.clientId);
    expect(log.types).toEqual(expect.arrayContaining(['CREATED', 'SECRET_REVEALED', 'DELETED']));
    expect(log.data?.find((e) => e.type === 'DELETED')).toMatchObject({
      actorName: 'Deleter Dee',
      detail: '"Doomed"',
    });
    const times = log.data?.map((e) => Date.parse(e.createdAt)) ?? [];
    expect(times).toEqual([...times].sort((a, b) => b - a));

    const stranger = await owner();
    const theirs = await activity(stranger.client, app.clientId);
    expect(theirs.data ?? null).toBeNull();
    expect(theirs.error?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('the server log', () => {
  it('never holds a client secret handed out by the tests above', () => {
    expect(secretsSeen.length).toBeGreaterThan(0);
    const log = server.logs.join('\n');
    for (const secret of secretsSeen) expect(log).not.toContain(secret);
  });
});
