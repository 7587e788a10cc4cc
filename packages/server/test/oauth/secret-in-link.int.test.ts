import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { TestClient } from '../helpers/client.js';
import { useTestServer } from '../helpers/server.js';
import { authorizeParams, authorizePath, userWithApp, type Signed } from './support.js';
import { graphql } from '../gql/index.js';

const server = useTestServer();

/** What the owner sees: the leak warning and how many leak events the activity log holds. */
async function ownerView({ client, app }: Signed) {
  const result = await client.gql(
    graphql(`
      query SecretInLinkOauthAppActivity($id: String!) {
        oauthAppActivity(clientId: $id) {
          type
        }
        ownedOAuthApp(clientId: $id) {
          secretLeakedAt
        }
      }
    `),
    { id: app.clientId },
  );
  const events = result.data?.oauthAppActivity ?? [];
  return {
    leakedAt: result.data?.ownedOAuthApp.secretLeakedAt ?? null,
    leakEvents: events.filter((e) => e.type === 'SECRET_IN_AUTHORIZE_LINK').length,
    eventCount: events.length,
  };
}

/** A signed-out link, sent the way an outsider would: no cookie. */
async function signedOutLink(path: string): Promise<URL> {
  const response = await new TestClient(server.url).fetch(path);
  expect(response.status).toBe(302);
  return new URL(response.headers.get('location') ?? '', server.url);
}

function expectRefused(target: URL) {
  expect(target.searchParams.get('error')).toBe('invalid_request');
  expect(target.searchParams.get('code')).toBeNull();
}

describe('client_secret in an authorize link', () => {
  it('refuses junk secrets without flagging the app or writing to its log', async () => {
    const owner = await userWithApp(server, { requireSecret: true });
    const other = await userWithApp(server, { requireSecret: true });
    const before = await ownerView(owner);
    const junk = [
      'anything',
      'bnd_cs_guess',
      `${owner.app.clientSecret}x`,
      (owner.app.clientSecret ?? '').slice(0, -1),
      other.app.clientSecret ?? '',
    ];
    for (const value of junk) {
      expectRefused(
        await signedOutLink(authorizePath(authorizeParams(owner.app, { client_secret: value }))),
      );
    }
    // Repeated, and sent empty: still refused, still harmless.
    const base = authorizePath(authorizeParams(owner.app));
    expectRefused(await signedOutLink(`${base}&client_secret=a&client_secret=b`));
    expectRefused(await signedOutLink(`${base}&client_secret=`));
    // Signed in as someone else changes nothing either.
    const signedIn = await other.client.fetch(
      authorizePath(authorizeParams(owner.app, { client_secret: 'anything' })),
    );
    expectRefused(new URL(signedIn.headers.get('location') ?? '', server.url));
    expect(await ownerView(owner)).toEqual(before);
  });

  it('never flags a public app, which has no secret to leak', async () => {
    const owner = await userWithApp(server, { requireSecret: false });
    const before = await ownerView(owner);
    for (const value of ['anything', 'bnd_cs_guess']) {
      expectRefused(
        await signedOutLink(authorizePath(authorizeParams(owner.app, { client_secret: value }))),
      );
    }
    expect(await ownerView(owner)).toEqual({ ...before, leakedAt: null, leakEvents: 0 });
  });

  it('flags the real secret once, however often and however it is sent', async () => {
    const owner = await userWithApp(server, { requireSecret: true });
    const secret = owner.app.clientSecret ?? '';
    const path = authorizePath(authorizeParams(owner.app, { client_secret: secret }));
    expectRefused(await signedOutLink(path));
    const first = await ownerView(owner);
    expect(first.leakedAt).not.toBeNull();
    expect(first.leakEvents).toBe(1);

    const base = authorizePath(authorizeParams(owner.app));
    const hidden = `${base}&client_secret=junk&client_secret=${encodeURIComponent(secret)}`;
    await Promise.all(Array.from({ length: 8 }, () => signedOutLink(path)));
    for (let i = 0; i < 4; i += 1) expectRefused(await signedOutLink(hidden));
    expectRefused(
      new URL((await owner.client.fetch(path)).headers.get('location') ?? '', server.url),
    );
    expect(await ownerView(owner)).toEqual(first);
  });

  it('flags a secret hidden among repeated client_secret values', async () => {
    const owner = await userWithApp(server, { requireSecret: true });
    const base = authorizePath(authorizeParams(owner.app));
    const secret = encodeURIComponent(owner.app.clientSecret ?? '');
    expectRefused(await signedOutLink(`${base}&client_secret=junk&client_secret=${secret}`));
    expect(await ownerView(owner)).toMatchObject({ leakEvents: 1, leakedAt: expect.any(String) });
  });

  it('ignores a rotated-out secret, and flags the new one again once', async () => {
    const owner = await userWithApp(server, { requireSecret: true });
    const old = owner.app.clientSecret ?? '';
    expectRefused(
      await signedOutLink(authorizePath(authorizeParams(owner.app, { client_secret: old }))),
    );
    const rotated = await owner.client.gql(
      graphql(`
        mutation SecretInLinkRotateOAuthAppSecret($id: String!) {
          rotateOAuthAppSecret(clientId: $id) {
            clientSecret
          }
        }
      `),
      { id: owner.app.clientId },
    );
    const fresh = rotated.data?.rotateOAuthAppSecret.clientSecret ?? '';
    expect(fresh).toMatch(/^bnd_cs_/);
    expectRefused(
      await signedOutLink(authorizePath(authorizeParams(owner.app, { client_secret: old }))),
    );
    expect(await ownerView(owner)).toMatchObject({ leakedAt: null, leakEvents: 1 });

    for (let i = 0; i < 3; i += 1) {
      expectRefused(
        await signedOutLink(authorizePath(authorizeParams(owner.app, { client_secret: fresh }))),
      );
    }
    expect(await ownerView(owner)).toMatchObject({ leakedAt: expect.any(String), leakEvents: 2 });
  });
});

/** A GET sent from a chosen loopback address, as another client machine would. */
function getFrom(
  localAddress: string,
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; location: string | undefined; retryAfter: string | undefined }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { localAddress, headers }, (res) => {
      res.resume();
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          location: res.headers.location,
          retryAfter: res.headers['retry-after'],
        }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('GET /oauth/authorize signed-out limit per address', () => {
  const limited = useTestServer({ RATE_LIMITS: 'on', RATE_LIMIT_AUTHORIZE_IP: '3/60' });

  it('answers 429 to one address past its limit while others and sessions are served', async () => {
    const { client, app } = await userWithApp(limited, { requireSecret: true });
    const url = new URL(authorizePath(authorizeParams(app)), limited.url).href;
    for (let i = 0; i < 3; i += 1) {
      const served = await getFrom('127.0.0.2', url);
      expect(served.status).toBe(302);
      expect(served.location).toMatch(/^\/signin\?return_to=/);
    }
    const blocked = await getFrom('127.0.0.2', url);
    expect(blocked.status).toBe(429);
    expect(blocked.location).toBeUndefined();
    expect(Number(blocked.retryAfter)).toBeGreaterThan(0);

    const elsewhere = await getFrom('127.0.0.1', url);
    expect(elsewhere).toMatchObject({ status: 302, location: expect.stringMatching(/^\/signin/) });
    // A signed-in user at the blocked address is counted by session instead.
    const cookie = `bnder_session=${client.cookie('bnder_session') ?? ''}`;
    const withSession = await getFrom('127.0.0.2', url, { cookie });
    expect(withSession).toMatchObject({
      status: 302,
      location: expect.stringMatching(/^\/oauth\/consent/),
    });
  });
});
