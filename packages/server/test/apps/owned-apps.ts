import { randomBytes } from 'node:crypto';
import { newId, sha256 } from '../../src/crypto/tokens.js';
import { AuthorizationEntity } from '../../src/grants/authorization.entity.js';
import { TokenEntity } from '../../src/grants/token.entity.js';
import { TestClient as TestClientClass, signUp, type TestClient } from '../helpers/client.js';
import type { TestServer } from '../helpers/server.js';

export const APP_FIELDS = `clientId name redirectUris requireSecret createdAt updatedAt lastUsedAt
  authorizedUserCount secretLeakedAt`;

export const GQL = {
  create: `mutation($input: CreateOAuthAppInput!) {
    createOAuthApp(input: $input) { app { ${APP_FIELDS} } clientSecret } }`,
  list: `{ ownedOAuthApps { ${APP_FIELDS} } }`,
  get: `query($clientId: String!) { ownedOAuthApp(clientId: $clientId) { ${APP_FIELDS} } }`,
  update: `mutation($clientId: String!, $input: UpdateOAuthAppInput!) {
    updateOAuthApp(clientId: $clientId, input: $input) { ${APP_FIELDS} } }`,
  requireSecret: `mutation($clientId: String!, $requireSecret: Boolean!) {
    setOAuthAppRequireSecret(clientId: $clientId, requireSecret: $requireSecret) {
      app { ${APP_FIELDS} } clientSecret } }`,
  rotate: `mutation($clientId: String!) {
    rotateOAuthAppSecret(clientId: $clientId) { app { ${APP_FIELDS} } clientSecret } }`,
  reveal: `mutation($clientId: String!) {
    revealOAuthAppSecret(clientId: $clientId) { app { ${APP_FIELDS} } clientSecret } }`,
  copy: `mutation($clientId: String!) {
    copyOAuthAppSecret(clientId: $clientId) { app { ${APP_FIELDS} } clientSecret } }`,
  delete: `mutation($clientId: String!) { deleteOAuthApp(clientId: $clientId) }`,
  activity: `query($clientId: String!) {
    oauthAppActivity(clientId: $clientId) { id type createdAt actorName detail } }`,
};

export type GqlApp = {
  clientId: string;
  name: string;
  redirectUris: string[];
  requireSecret: boolean;
  createdAt: string;
  updatedAt: string;
  lastUsedAt: string | null;
  authorizedUserCount: number;
  secretLeakedAt: string | null;
};
export type SecretPayload = { app: GqlApp; clientSecret: string | null };
export type ActivityEntry = {
  id: string;
  type: string;
  createdAt: string;
  actorName: string | null;
  detail: string | null;
};

/**
 * Inputs every create must refuse, with the GraphQL field the error names and what it says.
 * The REST API names the same field in snake_case.
 */
export const BAD_INPUTS: [string, Record<string, unknown>, string, RegExp][] = [
  ['an empty name', { name: '   ' }, 'name', /Name is required/],
  ['a 101-character name', { name: 'x'.repeat(101) }, 'name', /at most 100/],
  ['a control character in the name', { name: 'bell\u0007name' }, 'name', /control character/],
  ['http: on a non-loopback host', uris('http://example.com/cb'), 'redirectUris.0', /loopback/],
  ['a javascript: URI', uris('javascript:alert(1)'), 'redirectUris.0', /javascript: scheme/],
  ['a data: URI', uris('data:text/html,hi'), 'redirectUris.0', /data: scheme/],
  ['a fragment', uris('https://example.com/cb#frag'), 'redirectUris.0', /fragment/],
  ['a wildcard', uris('https://*.example.com/cb'), 'redirectUris.0', /Wildcard/],
  ['userinfo', uris('https://user:pw@example.com/cb'), 'redirectUris.0', /user or password/],
  ['no redirect URI', { redirectUris: [] }, 'redirectUris', /at least one/],
  [
    '11 redirect URIs',
    { redirectUris: Array.from({ length: 11 }, (_, i) => `https://a.example/cb${i}`) },
    'redirectUris',
    /At most 10/,
  ],
  [
    'a duplicate redirect URI',
    uris('https://a.example/cb', 'https://b.example/cb', 'https://a.example/cb'),
    'redirectUris.2',
    /Duplicate of redirect URI 1/,
  ],
  [
    'a redirect URI repeated in another case (RFC 3986 §6.2.2.1)',
    uris('https://client.example/cb', 'HTTPS://CLIENT.EXAMPLE/cb'),
    'redirectUris.1',
    /Duplicate of redirect URI 1/,
  ],
];

function uris(...redirectUris: string[]) {
  return { redirectUris };
}

export function snakeCase(field: string): string {
  return field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** The value stored in the database for an app's secret (sealed), or null. */
export async function storedSecret(server: TestServer, clientId: string): Promise<string | null> {
  const rows = (await server.db.query('SELECT secret_sealed FROM oauth_apps WHERE client_id = ?', [
    clientId,
  ])) as { secret_sealed: string | null }[];
  if (rows.length !== 1) throw new Error(`no app ${clientId}`);
  return rows[0]?.secret_sealed ?? null;
}

/** Gives a user an authorization and a live access token for the app, as the OAuth flow would. */
export async function grantSession(server: TestServer, clientId: string, userId: string) {
  const app = await server.services.clients.findByClientId(clientId);
  if (!app) throw new Error(`no app ${clientId}`);
  const now = new Date();
  await server.db.getRepository(AuthorizationEntity).insert({
    id: newId(),
    userId,
    appId: app.id,
    scope: 'read',
    createdAt: now,
    updatedAt: now,
    lastUsedAt: null,
  });
  const tokenHash = sha256(`bnd_at_${randomBytes(32).toString('base64url')}`);
  await server.db.getRepository(TokenEntity).insert({
    tokenHash,
    kind: 'access',
    appId: app.id,
    userId,
    scope: 'read',
    grantId: newId(),
    createdAt: now,
    expiresAt: new Date(now.getTime() + 3_600_000),
    parentId: null,
    lastUsedAt: null,
  });
  return { appId: app.id, tokenHash };
}

export async function tokenExists(server: TestServer, tokenHash: Buffer): Promise<boolean> {
  return (await server.db.getRepository(TokenEntity).countBy({ tokenHash })) === 1;
}

/** The data of a GraphQL call that must succeed; throws with the errors otherwise. */
export async function gqlOk<T>(
  client: TestClient,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const result = await client.gql<T>(query, variables);
  if (!result.data) throw new Error(`GraphQL failed: ${JSON.stringify(result.errors)}`);
  return result.data;
}

export const VALID_APP = {
  name: 'My integration',
  redirectUris: ['https://client.example/callback'],
  requireSecret: true,
};

/**
 * GraphQL calls as the SPA makes them. Every secret a call returns is added to `secretsSeen`,
 * so a test file can prove at its end that none reached the server log.
 */
export function ownedAppsOverGraphQL(getServer: () => TestServer, secretsSeen: string[]) {
  async function owner(name = 'Owner Olga') {
    const client = new TestClientClass(getServer().url);
    const user = await signUp(client, name);
    return { client, user };
  }

  async function call<K extends string, T = unknown>(
    client: TestClient,
    key: K,
    query: string,
    variables: Record<string, unknown> = {},
  ) {
    const result = await client.gql<Record<K, T>>(query, variables);
    const data = result.data?.[key];
    const secret = (data as { clientSecret?: string | null } | undefined)?.clientSecret;
    if (secret) secretsSeen.push(secret);
    return { data, error: result.errors?.[0] };
  }

  async function create(client: TestClient, input: Partial<typeof VALID_APP> = {}) {
    const { data, error } = await call<'createOAuthApp', SecretPayload>(
      client,
      'createOAuthApp',
      GQL.create,
      { input: { ...VALID_APP, ...input } },
    );
    if (!data) throw new Error(`createOAuthApp failed: ${JSON.stringify(error)}`);
    return data;
  }

  async function activity(client: TestClient, clientId: string) {
    const { data, error } = await call<'oauthAppActivity', ActivityEntry[]>(
      client,
      'oauthAppActivity',
      GQL.activity,
      { clientId },
    );
    return { data, error, types: data?.map((e) => e.type) };
  }

  return { owner, call, create, activity };
}
