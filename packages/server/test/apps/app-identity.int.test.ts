import { describe, expect, it } from 'vitest';
import { TestClient, signUp } from '../helpers/client.js';
import { createApp, obtainTokens, pkcePair } from '../helpers/oauth.js';
import { useTestServer } from '../helpers/server.js';
import { activityOf, anotherUser, authorizeParams, authorizePath } from '../oauth/support.js';
import { graphql } from '../gql/index.js';

const server = useTestServer();

const FIELDS =
  'clientId allowDeviceFlow description homepageUrl privacyPolicyUrl termsOfServiceUrl';
const CREATE = `mutation($input: CreateOAuthAppInput!) { createOAuthApp(input: $input) { app { ${FIELDS} } } }`;
const UPDATE = `mutation($clientId: String!, $input: UpdateOAuthAppInput!) {
  updateOAuthApp(clientId: $clientId, input: $input) { ${FIELDS} } }`;
const IDENTITY = {
  description: 'Posts your notes to the team calendar',
  homepageUrl: 'https://calendar.example/',
  privacyPolicyUrl: 'https://calendar.example/privacy',
  termsOfServiceUrl: 'https://calendar.example/terms',
};
const BASE = {
  name: 'Calendar',
  redirectUris: ['https://calendar.example/cb'],
  requireSecret: false,
};

async function owner() {
  const client = new TestClient(server.url);
  await signUp(client, 'Olive Owner');
  return client;
}

const ownOrigin = () => new URL(server.config.publicUrl).origin;

async function rest(client: TestClient, method: string, path: string, body?: unknown) {
  const response = await client.fetch(`/consumer/v1${path}`, {
    method,
    headers: {
      origin: ownOrigin(),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('who the app is, over GraphQL', () => {
  it('is empty and the device flow off for a new app', async () => {
    const created = await (await owner()).gql(CREATE, { input: BASE });
    expect(created.data).toEqual({
      createOAuthApp: {
        app: {
          clientId: expect.any(String),
          allowDeviceFlow: false,
          description: null,
          homepageUrl: null,
          privacyPolicyUrl: null,
          termsOfServiceUrl: null,
        },
      },
    });
  });

  it('is set on create, changed and cleared on update, and each change logged', async () => {
    const client = await owner();
    const created = await client.gql<{ createOAuthApp: { app: { clientId: string } } }>(CREATE, {
      input: { ...BASE, ...IDENTITY, allowDeviceFlow: true },
    });
    const clientId = created.data?.createOAuthApp.app.clientId ?? '';
    const read = await client.gql(
      `query($c: String!) { ownedOAuthApp(clientId: $c) { ${FIELDS} } }`,
      {
        c: clientId,
      },
    );
    expect(read.data?.ownedOAuthApp).toEqual({ clientId, allowDeviceFlow: true, ...IDENTITY });
    const updated = await client.gql(UPDATE, {
      clientId,
      input: { description: '  Trimmed  ', termsOfServiceUrl: null, privacyPolicyUrl: '' },
    });
    expect(updated.data?.updateOAuthApp).toEqual({
      clientId,
      allowDeviceFlow: true,
      description: 'Trimmed',
      homepageUrl: IDENTITY.homepageUrl,
      privacyPolicyUrl: null,
      termsOfServiceUrl: null,
    });
    const app = { clientId, clientSecret: null, redirectUris: [], requireSecret: false };
    expect(await activityOf(client, app)).toEqual([
      'IDENTITY_CHANGED',
      'DEVICE_FLOW_ON',
      'CREATED',
    ]);
    const log = await client.gql(
      graphql(`
        query AppIdentityOauthAppActivity($c: String!) {
          oauthAppActivity(clientId: $c) {
            type
            detail
          }
        }
      `),
      { c: clientId },
    );
    expect(log.data?.oauthAppActivity[0]?.detail).toBe(
      'Changed description, privacy policy, terms of service',
    );
  });

  it('lists the events of one change last recorded first, though they share its time', async () => {
    const client = await owner();
    // Creating an app with the device flow on logs CREATED and then DEVICE_FLOW_ON in one
    // change, at one time: only the ids order them, and a random order would fail twenty apps.
    const orders = await Promise.all(
      Array.from({ length: 20 }, async () => {
        const created = await client.gql<{ createOAuthApp: { app: { clientId: string } } }>(
          CREATE,
          { input: { ...BASE, allowDeviceFlow: true } },
        );
        const clientId = created.data?.createOAuthApp.app.clientId ?? '';
        const app = { clientId, clientSecret: null, redirectUris: [], requireSecret: false };
        return activityOf(client, app);
      }),
    );
    for (const order of orders) expect(order).toEqual(['DEVICE_FLOW_ON', 'CREATED']);
  });

  it('logs nothing when nothing changed', async () => {
    const client = await owner();
    const created = await client.gql<{ createOAuthApp: { app: { clientId: string } } }>(CREATE, {
      input: { ...BASE, ...IDENTITY },
    });
    const clientId = created.data?.createOAuthApp.app.clientId ?? '';
    await client.gql(UPDATE, { clientId, input: { ...IDENTITY, allowDeviceFlow: false } });
    const app = { clientId, clientSecret: null, redirectUris: [], requireSecret: false };
    expect(await activityOf(client, app)).toEqual(['CREATED']);
  });

  it.each([
    ['a 401-character description', { description: 'x'.repeat(401) }, 'description', /at most 400/],
    ['a control character', { description: 'bell\u0007' }, 'description', /control character/],
    ['an invisible character', { description: 'zero\u200bwidth' }, 'description', /invisible/],
    ['mixed alphabets', { description: 'Gооgle Calendar' }, 'description', /alphabets/],
    ['an http: homepage', { homepageUrl: 'http://calendar.example' }, 'homepageUrl', /https/],
    [
      'a javascript: policy',
      { privacyPolicyUrl: 'javascript:alert(1)' },
      'privacyPolicyUrl',
      /https/,
    ],
    ['relative terms', { termsOfServiceUrl: '/terms' }, 'termsOfServiceUrl', /full address/],
  ])('refuses %s, naming the field', async (_label, input, field, message) => {
    const client = await owner();
    const created = await client.gql(CREATE, { input: { ...BASE, ...input } });
    expect(created.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(created.errors?.[0]?.message).toMatch(message);
    const ok = await client.gql<{ createOAuthApp: { app: { clientId: string } } }>(CREATE, {
      input: BASE,
    });
    const clientId = ok.data?.createOAuthApp.app.clientId ?? '';
    const updated = await client.gql(UPDATE, { clientId, input });
    expect(updated.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });
});

describe('who the app is, over REST', () => {
  it('reads and writes snake_case fields, and names a bad one in snake_case', async () => {
    const client = await owner();
    const created = await rest(client, 'POST', '/oauth/clients', {
      name: 'Script',
      redirect_uris: ['https://script.example/cb'],
      require_secret: false,
      allow_device_flow: true,
      description: 'Runs in your terminal',
      homepage_url: 'https://script.example',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      allow_device_flow: true,
      description: 'Runs in your terminal',
      homepage_url: 'https://script.example',
      privacy_policy_url: null,
      terms_of_service_url: null,
    });
    const id = String(created.body.client_id);
    const patched = await rest(client, 'PATCH', `/oauth/clients/${id}`, {
      allow_device_flow: false,
      terms_of_service_url: 'https://script.example/terms',
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      allow_device_flow: false,
      terms_of_service_url: 'https://script.example/terms',
      description: 'Runs in your terminal',
    });
    expect((await rest(client, 'GET', `/oauth/clients/${id}`)).body).toMatchObject({
      allow_device_flow: false,
      terms_of_service_url: 'https://script.example/terms',
    });
    const bad = await rest(client, 'PATCH', `/oauth/clients/${id}`, {
      homepage_url: 'http://script.example',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error_description).toMatch(/https/);
    const wrongType = await rest(client, 'PATCH', `/oauth/clients/${id}`, {
      allow_device_flow: 'yes',
    });
    expect(wrongType.status).toBe(400);
  });

  it('documents the fields and the device flow in the OpenAPI document', async () => {
    const response = await fetch(new URL('/consumer/v1/openapi.json', server.url));
    const text = await response.text();
    const document = JSON.parse(text) as {
      components: { securitySchemes: { oauth2: { description: string } } };
    };
    expect(document.components.securitySchemes.oauth2.description).toMatch(
      /RFC 8628.*\/oauth\/device_authorization.*grant-type:device_code/,
    );
    for (const field of [
      'allow_device_flow',
      'description',
      'homepage_url',
      'privacy_policy_url',
      'terms_of_service_url',
    ])
      expect(text).toContain(`"${field}"`);
  });
});

describe('the consent page of the code flow', () => {
  const REQUEST = graphql(`
    query AppIdentityAuthorizationRequest($id: ID!) {
      authorizationRequest(id: $id) {
        redirectHost
        app {
          clientId
          name
          description
          homepageUrl
          homepageHost
          privacyPolicyUrl
          termsOfServiceUrl
          ownerName
          createdAt
          authorizedUserCount
        }
      }
    }
  `);

  it('shows the description, links, owner, age and number of users of the app', async () => {
    const client = await owner();
    const app = await createApp(client, { requireSecret: false, name: 'Calendar' });
    await client.gql(UPDATE, { clientId: app.clientId, input: IDENTITY });
    await obtainTokens(server, await anotherUser(server), app, 'read');
    const user = await anotherUser(server);
    const { challenge } = pkcePair();
    const params = { scope: 'read', code_challenge: challenge, code_challenge_method: 'S256' };
    const response = await user.fetch(authorizePath(authorizeParams(app, params)));
    const id = new URL(response.headers.get('location') ?? '', server.url).searchParams.get(
      'request_id',
    );
    const result = await user.gql(REQUEST, { id: id ?? '' });
    expect(result.data?.authorizationRequest).toEqual({
      redirectHost: 'client.example.test',
      app: {
        clientId: app.clientId,
        name: 'Calendar',
        ...IDENTITY,
        homepageHost: 'calendar.example',
        ownerName: 'Olive Owner',
        createdAt: expect.any(String),
        authorizedUserCount: 1,
      },
    });
  });
});
