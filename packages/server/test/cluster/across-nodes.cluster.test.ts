import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, signUp } from '../helpers/client.js';
import { createApp, obtainTokens, postAsApp, type TestApp } from '../helpers/oauth.js';
import type { ServerProcess } from '../helpers/server-process.js';
import { twoInstancesOnTwoNodes } from './cluster.js';

// Instance A on node 1, instance B on node 2: what A commits, B enforces at its next request.
const ROUNDS = 100;

let a: ServerProcess;
let b: ServerProcess;
let owner: TestClient;
let stop: () => Promise<void>;
beforeAll(async () => {
  ({ a, b, owner, stop } = await twoInstancesOnTwoNodes());
}, 120_000);
afterAll(async () => stop());

const ROTATE = `mutation($id: String!) { rotateOAuthAppSecret(clientId: $id) { clientSecret } }`;
const REQUIRE_SECRET = `mutation($id: String!, $on: Boolean!) {
  setOAuthAppRequireSecret(clientId: $id, requireSecret: $on) { clientSecret }
}`;
const DELETE = `mutation($id: String!) { deleteOAuthApp(clientId: $id) }`;

async function meStatus(url: string, token: string): Promise<number> {
  const response = await fetch(`${url}/consumer/v1/me`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return response.status;
}

/** The refresh grant at B with the app's credentials as given: status and OAuth error. */
async function refreshAtB(app: TestApp, refreshToken: string): Promise<string> {
  const response = await postAsApp({ url: b.url }, app, '/oauth/token', {
    grant_type: 'refresh_token',
    refresh_token: refreshToken,
  });
  const body = (await response.json()) as { error?: string };
  return `${response.status} ${body.error ?? ''}`.trim();
}

/** Tokens issued through A, already working at B (so B has read them before the change). */
async function connectedAtBoth(app: TestApp) {
  const tokens = await obtainTokens({ url: a.url }, owner, app, 'read');
  const before = await meStatus(b.url, tokens.access_token);
  return { tokens, before };
}

/** Runs a round ROUNDS times and lists every round whose outcome differed from what is due. */
async function misses(round: (i: number) => Promise<string | null>): Promise<string[]> {
  const found: string[] = [];
  for (let i = 0; i < ROUNDS; i += 1) {
    const miss = await round(i).catch((error: unknown) => `round ${i}: threw ${String(error)}`);
    if (miss) found.push(miss);
  }
  return found;
}

describe('two instances on different nodes of the cluster', () => {
  it('a token revoked through A is refused by B at the very next request, 100 times', async () => {
    const app = await createApp(owner, { requireSecret: true });
    const found = await misses(async (i) => {
      const { tokens, before } = await connectedAtBoth(app);
      const revoked = await postAsApp({ url: a.url }, app, '/oauth/revoke', {
        token: tokens.access_token,
      });
      const after = await meStatus(b.url, tokens.access_token);
      const seen = `${before} ${revoked.status} ${after}`;
      return seen === '200 200 401' ? null : `round ${i}: ${seen}`;
    });
    expect(found).toEqual([]);
  });

  it('an app deleted through A is gone at B: its token gets 401, its secret invalid_client', async () => {
    const found = await misses(async (i) => {
      const app = await createApp(owner, { requireSecret: true });
      const { tokens, before } = await connectedAtBoth(app);
      const deleted = await owner.gql(DELETE, { id: app.clientId });
      const token = await meStatus(b.url, tokens.access_token);
      const secret = await refreshAtB(app, tokens.refresh_token);
      const seen = `${before} ${JSON.stringify(deleted.data)} ${token} ${secret}`;
      return seen === '200 {"deleteOAuthApp":true} 401 401 invalid_client'
        ? null
        : `round ${i}: ${seen}`;
    });
    expect(found).toEqual([]);
  });

  it('a secret rotated through A: B refuses the old secret and the old tokens', async () => {
    let app = await createApp(owner, { requireSecret: true });
    const found = await misses(async (i) => {
      const { tokens, before } = await connectedAtBoth(app);
      const rotated = await owner.gql<{ rotateOAuthAppSecret: { clientSecret: string } }>(ROTATE, {
        id: app.clientId,
      });
      const token = await meStatus(b.url, tokens.access_token);
      const secret = await refreshAtB(app, tokens.refresh_token);
      app = { ...app, clientSecret: rotated.data?.rotateOAuthAppSecret.clientSecret ?? null };
      const seen = `${before} ${token} ${secret}`;
      return seen === '200 401 401 invalid_client' ? null : `round ${i}: ${seen}`;
    });
    expect(found).toEqual([]);
  });

  it('a secret turned off through A: B refuses the old secret and the old tokens', async () => {
    let app = await createApp(owner, { requireSecret: true });
    const found = await misses(async (i) => {
      const { tokens, before } = await connectedAtBoth(app);
      const off = await owner.gql(REQUIRE_SECRET, { id: app.clientId, on: false });
      const token = await meStatus(b.url, tokens.access_token);
      const secret = await refreshAtB(app, tokens.refresh_token);
      const on = await owner.gql<{ setOAuthAppRequireSecret: { clientSecret: string } }>(
        REQUIRE_SECRET,
        { id: app.clientId, on: true },
      );
      const oldApp = app;
      app = { ...app, clientSecret: on.data?.setOAuthAppRequireSecret.clientSecret ?? null };
      const seen = `${before} ${off.errors ? 'error' : 'off'} ${token} ${secret}`;
      return seen === '200 off 401 401 invalid_client' && oldApp.clientSecret !== app.clientSecret
        ? null
        : `round ${i}: ${seen}`;
    });
    expect(found).toEqual([]);
  });

  it('a session signed out through A is refused by B, and a new app is listed by B at once', async () => {
    const user = await signUp(new TestClient(a.url));
    const found = await misses(async (i) => {
      const client = new TestClient(a.url);
      const signIn = await client.gql(
        `mutation($input: SignInInput!) { signIn(input: $input) { id } }`,
        { input: { email: user.email, password: user.password } },
      );
      const onB = client.at(b.url);
      const viewerAtB = await onB.gql<{ viewer: { id: string } | null }>('{ viewer { id } }');
      const app = await createApp(client, { requireSecret: false, name: `Listed ${i}` });
      const listed = await onB.gql<{ ownedOAuthApps: { clientId: string }[] }>(
        '{ ownedOAuthApps { clientId } }',
      );
      await client.gql('mutation { signOut }');
      const afterSignOut = await onB.gql<{ viewer: { id: string } | null }>('{ viewer { id } }');
      const seen = [
        signIn.errors ? 'sign-in failed' : 'signed in',
        viewerAtB.data?.viewer?.id === user.id ? 'seen' : 'not seen',
        listed.data?.ownedOAuthApps.some((x) => x.clientId === app.clientId)
          ? 'listed'
          : 'not listed',
        afterSignOut.data?.viewer === null ? 'signed out' : 'still signed in',
      ].join(', ');
      return seen === 'signed in, seen, listed, signed out' ? null : `round ${i}: ${seen}`;
    });
    expect(found).toEqual([]);
  });
});
