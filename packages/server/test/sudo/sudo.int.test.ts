import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rest } from '../api/rest.js';
import { GQL, gqlOk, type SecretPayload } from '../apps/owned-apps.js';
import { PASSWORD, TestClient, SIGN_IN } from '../helpers/client.js';
import { createApp, obtainTokens } from '../helpers/oauth.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import {
  CONFIRM_PASSWORD,
  GRAPHQL_ACTIONS,
  REST_ACTIONS,
  ageSignIn,
  expectGraphQLActionsSucceed,
  expectRestActionsSucceed,
  expectUntouched,
  ownerWithApp,
  restAsSession,
  waitPastSudoWindow,
} from './sudo-actions.js';

/** A one-second sudo window (and 3 failed sign-ins per 15 minutes), so a test can outwait it. */
let short: TestServer;
/** The defaults: a 15-minute window. */
let standard: TestServer;

beforeAll(async () => {
  [short, standard] = await Promise.all([
    startTestServer({ SUDO_TTL: '1', RATE_LIMIT_SIGN_IN: '3/900' }),
    startTestServer(),
  ]);
});
afterAll(async () => {
  await Promise.all([short?.close(), standard?.close()]);
});

const SUDO_REQUIRED = { code: 'FORBIDDEN', reason: 'SUDO_REQUIRED' };
const SUDO_MESSAGE = 'Confirm your password to continue';
const FIFTEEN_MINUTES = 15 * 60_000;

describe('sudo mode with a cookie session', () => {
  it('refuses the GraphQL secret and delete actions once the sign-in is older than SUDO_TTL, and none happens', async () => {
    const owner = await ownerWithApp(short);
    await waitPastSudoWindow();

    for (const action of GRAPHQL_ACTIONS) {
      const result = await owner.client.gql(action.query, {
        clientId: owner.clientId,
        ...action.extra,
      });
      expect(result.data, action.name).toBeNull();
      expect(result.errors?.[0]?.message, action.name).toBe(SUDO_MESSAGE);
      expect(result.errors?.[0]?.extensions, action.name).toEqual(SUDO_REQUIRED);
    }
    await expectUntouched(short, owner.client, owner.clientId, owner.sealed);
  });

  it('answers the four REST actions 403 sudo_required, and none happens', async () => {
    const owner = await ownerWithApp(short);
    const call = restAsSession(short, owner.client);
    await waitPastSudoWindow();

    for (const action of REST_ACTIONS) {
      const answer = await call(action.method, `/${owner.clientId}${action.suffix}`, action.body);
      expect(answer.status, action.method).toBe(403);
      expect(answer.body, action.method).toEqual({
        error: 'sudo_required',
        error_description: SUDO_MESSAGE,
      });
    }
    await expectUntouched(short, owner.client, owner.clientId, owner.sealed);
  });

  it('still lets a stale session create an app, rename it and turn its secret on', async () => {
    const owner = await ownerWithApp(short);
    await waitPastSudoWindow();

    const { createOAuthApp } = await gqlOk<{ createOAuthApp: SecretPayload }>(
      owner.client,
      GQL.create,
      {
        input: { name: 'Public one', redirectUris: ['https://a.example/cb'], requireSecret: false },
      },
    );
    const clientId = createOAuthApp.app.clientId;
    await gqlOk(owner.client, GQL.update, { clientId, input: { name: 'Renamed' } });
    const on = await gqlOk<{ setOAuthAppRequireSecret: SecretPayload }>(
      owner.client,
      GQL.requireSecret,
      { clientId, requireSecret: true },
    );
    expect(on.setOAuthAppRequireSecret.clientSecret).toMatch(/^bnd_cs_/);
    const renamed = await restAsSession(short, owner.client)('PATCH', `/${owner.clientId}`, {
      name: 'Renamed over REST',
    });
    expect(renamed).toMatchObject({ status: 200, body: { name: 'Renamed over REST' } });
  });

  it('does not ask a session signed in within the last 15 minutes', async () => {
    const owner = await ownerWithApp(standard);
    const second = await ownerWithApp(standard);

    await expectGraphQLActionsSucceed(owner.client, owner.clientId, owner.secret);
    await expectRestActionsSucceed(
      restAsSession(standard, second.client),
      second.clientId,
      second.secret,
    );
  });

  it('asks again after 15 minutes by default, and a new sign-in starts the window over', async () => {
    const owner = await ownerWithApp(standard);
    await ageSignIn(standard, owner.user.id, FIFTEEN_MINUTES + 1000);

    const stale = await owner.client.gql(GQL.reveal, { clientId: owner.clientId });
    expect(stale.errors?.[0]?.extensions).toEqual(SUDO_REQUIRED);

    await gqlOk(owner.client, SIGN_IN, { input: { email: owner.user.email, password: PASSWORD } });
    await expectGraphQLActionsSucceed(owner.client, owner.clientId, owner.secret);
  });
});

describe('confirmPassword', () => {
  it('refuses a wrong password on the password field and keeps the actions locked', async () => {
    const owner = await ownerWithApp(short);
    await waitPastSudoWindow();

    const wrong = await owner.client.gql(CONFIRM_PASSWORD, { password: 'not the password' });

    expect(wrong.data).toBeNull();
    expect(wrong.errors?.[0]).toMatchObject({
      message: 'Password is incorrect',
      extensions: { code: 'UNAUTHENTICATED', field: 'password' },
    });
    const reveal = await owner.client.gql(GQL.reveal, { clientId: owner.clientId });
    expect(reveal.errors?.[0]?.extensions).toEqual(SUDO_REQUIRED);
    await expectUntouched(short, owner.client, owner.clientId, owner.sealed);
  });

  it('with the right password, unlocks the four actions over GraphQL', async () => {
    const owner = await ownerWithApp(standard);
    await ageSignIn(standard, owner.user.id, FIFTEEN_MINUTES + 1000);
    const locked = await owner.client.gql(GQL.rotate, { clientId: owner.clientId });
    expect(locked.errors?.[0]?.extensions).toEqual(SUDO_REQUIRED);

    const confirmed = await owner.client.gql(CONFIRM_PASSWORD, { password: PASSWORD });

    expect(confirmed.data).toEqual({ confirmPassword: true });
    await expectGraphQLActionsSucceed(owner.client, owner.clientId, owner.secret);
  });

  it('with the right password, unlocks the four actions over REST', async () => {
    const owner = await ownerWithApp(standard);
    await ageSignIn(standard, owner.user.id, FIFTEEN_MINUTES + 1000);
    const call = restAsSession(standard, owner.client);
    expect((await call('GET', `/${owner.clientId}/secret`)).status).toBe(403);

    await gqlOk(owner.client, CONFIRM_PASSWORD, { password: PASSWORD });

    await expectRestActionsSucceed(call, owner.clientId, owner.secret);
  });

  it('counts wrong passwords against the failed sign-in limit of the account and IP', async () => {
    const owner = await ownerWithApp(short);
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const wrong = await owner.client.gql(CONFIRM_PASSWORD, { password: 'not the password' });
      expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }

    const limited = await owner.client.gql(CONFIRM_PASSWORD, { password: PASSWORD });
    expect(limited.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    const signIn = await new TestClient(short.url).gql(SIGN_IN, {
      input: { email: owner.user.email, password: PASSWORD },
    });
    expect(signIn.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
  });

  it('is refused to a bearer token', async () => {
    const owner = await ownerWithApp(short);
    const app = await createApp(owner.client, { requireSecret: false });
    const tokens = await obtainTokens(short, owner.client, app, 'read write delete');
    const client = new TestClient(short.url);
    client.bearer = tokens.access_token;

    const result = await client.gql(CONFIRM_PASSWORD, { password: PASSWORD });

    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('sudo mode with a bearer token', () => {
  it('is not asked for: the token’s write and delete scopes govern it', async () => {
    const owner = await ownerWithApp(short);
    const target = await createApp(owner.client, { requireSecret: true, name: 'Second target' });
    // A token of another app of the same owner: rotating a target signs out the target's tokens.
    const tokenApp = await createApp(owner.client, { requireSecret: false, name: 'Token app' });
    const tokens = await obtainTokens(short, owner.client, tokenApp, 'read write delete');
    await waitPastSudoWindow();

    await expectRestActionsSucceed(
      (method, path, body) =>
        rest(short, tokens.access_token, method, `/oauth/clients${path}`, body),
      owner.clientId,
      owner.secret,
    );
    const bearer = new TestClient(short.url);
    bearer.bearer = tokens.access_token;
    await expectGraphQLActionsSucceed(bearer, target.clientId, target.clientSecret);
  });
});
