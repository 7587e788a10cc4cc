import fc from 'fast-check';
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../../src/toolkit/http/session-cookie.js';
import { PASSWORD, TestClient, signUp } from '../helpers/client.js';
import { createApp, obtainTokens, pkcePair, type TestApp } from '../helpers/oauth.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import {
  expectAlive,
  expectAuthorizeShape,
  expectGraphQLShape,
  expectJsonErrorShape,
  send,
  type Answer,
} from './fuzz-checks.js';
import { graphqlish, schemaOperations } from './fuzz-graphql.js';
import {
  OVERSIZED_JSON,
  anyAuthorization,
  anyContentType,
  anyJsonValue,
  anyString,
  formString,
  jsonObjectOf,
  percentEncode,
  randomBytes,
  rawJsonishBody,
} from './fuzz-inputs.js';
import { basicAuthorization } from '../../../../tooling/client-auth.mjs';

// Rate limits are off so that random input reaches the endpoints' own checks; they have tests
// of their own. Runs are bounded so the file stays well under a minute on two cores; a failure
// prints the seed and the shrunk input, to replay with { seed, path } in fc.assert.
const RUNS = 150;
const TIMEOUT = 120_000;

type Caller = 'session' | 'bearer' | 'anonymous' | { authorization: string };
type Body = string | Uint8Array<ArrayBuffer> | undefined;

let server: TestServer;
let owner: TestClient & { email: string };
let bearer: string;
let noteId: string;
/** An app of the owner that the REST and GraphQL runs may change, rotate or delete. */
let target: TestApp;
/** The apps the OAuth runs authenticate as; their tokens are only ever used there. */
let confidential: TestApp & { clientSecret: string };
let publicApp: TestApp;
let confidentialTokens: { access_token: string; refresh_token: string };

beforeAll(async () => {
  server = await startTestServer({ RATE_LIMITS: 'off' });
  const client = new TestClient(server.url);
  owner = Object.assign(client, await signUp(client, 'Fuzz Owner'));
  const bearerApp = await createApp(owner, { requireSecret: false, name: 'Bearer app' });
  bearer = (await obtainTokens(server, owner, bearerApp, 'read write delete')).access_token;
  target = await createApp(owner, { requireSecret: true, name: 'Fuzz target' });
  const secretApp = await createApp(owner, {
    requireSecret: true,
    name: 'Fuzz confidential',
    redirectUris: ['https://confidential.example.test/cb'],
  });
  confidential = { ...secretApp, clientSecret: secretApp.clientSecret ?? '' };
  publicApp = await createApp(owner, {
    requireSecret: false,
    name: 'Fuzz public',
    redirectUris: ['com.example.fuzz:/cb'],
  });
  confidentialTokens = await obtainTokens(server, owner, confidential, 'read write');
  const note = await send(server.url, '/consumer/v1/notes', {
    method: 'POST',
    headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Fuzzed note', body: 'hello' }),
  });
  noteId = (JSON.parse(note.text) as { id: string }).id;
}, 60_000);
afterAll(async () => server?.close());

function callerHeaders(caller: Caller, cookie: string, origin: string): Record<string, string> {
  if (caller === 'session') return { cookie: `${SESSION_COOKIE}=${cookie}`, origin };
  if (caller === 'bearer') return { authorization: `Bearer ${bearer}` };
  if (caller === 'anonymous') return {};
  return { authorization: caller.authorization };
}

const anyCaller: fc.Arbitrary<Caller> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<Caller>('session', 'bearer', 'anonymous') },
  { weight: 1, arbitrary: anyAuthorization.map((authorization) => ({ authorization })) },
);

/** A body and its Content-Type; `null` sends none (a Blob without a type). */
function requestInit(
  method: string,
  body: Body,
  contentType: string | null,
  headers: Record<string, string>,
): RequestInit {
  const hasBody = body !== undefined && method !== 'GET' && method !== 'HEAD';
  const all = {
    ...headers,
    ...(hasBody && contentType !== null ? { 'content-type': contentType } : {}),
  };
  if (!hasBody) return { method, headers: all };
  return { method, headers: all, body: contentType === null ? new Blob([body]) : body };
}

const sessionCookie = () => owner.cookie(SESSION_COOKIE) ?? '';
const ownOrigin = () => new URL(server.url).origin;

describe('fuzzing the REST API (/consumer/v1)', () => {
  it(
    'answers random methods, paths, callers and bodies with no 5xx and a JSON error',
    async () => {
      const id = fc.oneof(
        fc.constantFrom(noteId, target.clientId, 'x'.repeat(300), '%zz', '%00', '..', '%2F', ' '),
        anyString.map(percentEncode),
      );
      const path = fc.oneof(
        fc.constantFrom('/consumer/v1/me', '/consumer/v1/notes', '/consumer/v1/oauth/clients'),
        id.map((value) => `/consumer/v1/notes/${value}`),
        fc
          .tuple(id, fc.constantFrom('', '/secret', '/secret/rotate'))
          .map(([value, rest]) => `/consumer/v1/oauth/clients/${value}${rest}`),
      );
      const fields = ['title', 'body', 'name', 'redirect_uris', 'require_secret', 'display_name'];
      const body: fc.Arbitrary<Body> = fc.oneof(
        { weight: 4, arbitrary: jsonObjectOf(fields).map((value) => JSON.stringify(value)) },
        { weight: 2, arbitrary: anyJsonValue.map((value) => JSON.stringify(value)) },
        { weight: 2, arbitrary: rawJsonishBody },
        { weight: 1, arbitrary: randomBytes },
        { weight: 1, arbitrary: fc.constantFrom<Body>(OVERSIZED_JSON, undefined, '') },
      );
      const contentType = fc.oneof(
        { weight: 4, arbitrary: fc.constant('application/json') },
        { weight: 2, arbitrary: anyContentType },
        { weight: 1, arbitrary: fc.constant(null) },
      );
      const method = fc.constantFrom('GET', 'HEAD', 'POST', 'PATCH', 'DELETE', 'PUT', 'OPTIONS');
      const origin = fc.constantFrom(ownOrigin(), 'https://evil.example', 'null');
      const query = fc.option(formString(['limit', 'cursor', 'fields'], anyString), {
        nil: '',
      });
      await fc.assert(
        fc.asyncProperty(
          fc.record({ method, path, query, caller: anyCaller, origin, body, contentType }),
          async (input) => {
            const headers = callerHeaders(input.caller, sessionCookie(), input.origin);
            const url = input.query ? `${input.path}?${input.query}` : input.path;
            const init = requestInit(input.method, input.body, input.contentType, headers);
            expectJsonErrorShape(await send(server.url, url, init), input.method);
            await expectAlive(server.url);
          },
        ),
        { numRuns: 400 },
      );
    },
    TIMEOUT,
  );
});

describe('fuzzing the OAuth endpoints', () => {
  const registered = () => [...confidential.redirectUris, ...publicApp.redirectUris];

  it(
    'answers random authorize links with a redirect to a registered URI or an HTML page',
    async () => {
      const names = [
        'response_type',
        'client_id',
        'redirect_uri',
        'scope',
        'state',
        'code_challenge',
        'code_challenge_method',
        'client_secret',
        'nonce',
        'prompt',
        'response_mode',
      ];
      const value = fc.oneof(
        fc.constantFrom(
          'code',
          'token',
          confidential.clientId,
          publicApp.clientId,
          confidential.clientSecret,
          ...registered(),
          'https://evil.example/cb',
          'read',
          'read write delete',
          'openid',
          'S256',
          'plain',
          pkcePair().challenge,
        ),
        anyString,
      );
      // A valid link for one of the apps with a few parameters changed, dropped or repeated.
      const nearlyValid = fc
        .tuple(
          fc.constantFrom(confidential, publicApp),
          fc.array(fc.tuple(fc.constantFrom(...names), value), { maxLength: 3 }),
          fc.subarray(names),
        )
        .map(([app, changes, dropped]) => {
          const params = new URLSearchParams({
            response_type: 'code',
            client_id: app.clientId,
            redirect_uri: app.redirectUris[0] ?? '',
            scope: 'read',
            state: 'fuzz',
            code_challenge: pkcePair().challenge,
            code_challenge_method: 'S256',
          });
          for (const name of dropped) params.delete(name);
          for (const [name, changed] of changes) params.append(name, changed);
          return params.toString();
        });
      const query = fc.oneof(nearlyValid, formString(names, value));
      await fc.assert(
        fc.asyncProperty(query, fc.boolean(), async (rawQuery, signedIn) => {
          const headers: Record<string, string> = signedIn
            ? { cookie: `${SESSION_COOKIE}=${sessionCookie()}` }
            : {};
          const answer = await send(server.url, `/oauth/authorize?${rawQuery}`, { headers });
          expectAuthorizeShape(answer, server.url, registered());
          await expectAlive(server.url);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'answers random token, revoke and introspect requests with no 5xx and an RFC 6749 error',
    async () => {
      const names = [
        'grant_type',
        'code',
        'redirect_uri',
        'code_verifier',
        'refresh_token',
        'client_id',
        'client_secret',
        'token',
        'token_type_hint',
        'scope',
      ];
      const value = fc.oneof(
        fc.constantFrom(
          'authorization_code',
          'refresh_token',
          'client_credentials',
          'password',
          'access_token',
          confidential.clientId,
          confidential.clientSecret,
          publicApp.clientId,
          confidentialTokens.access_token,
          confidentialTokens.refresh_token,
          ...registered(),
          'read write',
        ),
        anyString,
      );
      const authorization = fc.oneof(
        { weight: 1, arbitrary: fc.constant(undefined) },
        {
          weight: 3,
          arbitrary: fc.constant(
            basicAuthorization(confidential.clientId, confidential.clientSecret),
          ),
        },
        {
          weight: 1,
          arbitrary: fc.constantFrom(
            basicAuthorization(confidential.clientId, 'wrong'),
            basicAuthorization(publicApp.clientId, ''),
          ),
        },
        { weight: 2, arbitrary: anyAuthorization },
      );
      // A valid request for one grant or token, with a few parameters changed, dropped or repeated.
      const nearlyValid = fc
        .tuple(
          fc.constantFrom<Record<string, string>>(
            {
              grant_type: 'authorization_code',
              code: 'bnd_ac_fuzz',
              redirect_uri: registered()[0] ?? '',
              code_verifier: pkcePair().verifier,
            },
            { grant_type: 'refresh_token', refresh_token: confidentialTokens.refresh_token },
            { token: confidentialTokens.access_token, token_type_hint: 'access_token' },
            { token: confidentialTokens.refresh_token, token_type_hint: 'refresh_token' },
          ),
          fc.array(fc.tuple(fc.constantFrom(...names), value), { maxLength: 2 }),
          fc.subarray(names, { maxLength: 1 }),
        )
        .map(([base, changes, dropped]) => {
          const params = new URLSearchParams(base);
          for (const name of dropped) params.delete(name);
          for (const [name, changed] of changes) params.append(name, changed);
          return params.toString();
        });
      const body: fc.Arbitrary<Body> = fc.oneof(
        { weight: 4, arbitrary: nearlyValid },
        { weight: 4, arbitrary: formString(names, value) },
        { weight: 1, arbitrary: jsonObjectOf(names).map((object) => JSON.stringify(object)) },
        { weight: 1, arbitrary: rawJsonishBody },
        { weight: 1, arbitrary: randomBytes },
        { weight: 1, arbitrary: fc.constantFrom<Body>(`a=${'x'.repeat(65 * 1024)}`, undefined) },
      );
      const contentType = fc.oneof(
        { weight: 10, arbitrary: fc.constant('application/x-www-form-urlencoded') },
        { weight: 1, arbitrary: anyContentType },
        { weight: 1, arbitrary: fc.constant(null) },
      );
      const request = fc.record({
        path: fc.constantFrom('/oauth/token', '/oauth/revoke', '/oauth/introspect'),
        method: fc.oneof(
          { weight: 8, arbitrary: fc.constant('POST') },
          { weight: 1, arbitrary: fc.constantFrom('GET', 'PUT', 'DELETE', 'OPTIONS') },
        ),
        query: fc.oneof(
          { weight: 4, arbitrary: fc.constant('') },
          { weight: 1, arbitrary: formString(['client_secret', 'client_id', 'grant_type'], value) },
        ),
        authorization,
        body,
        contentType,
      });
      await fc.assert(
        fc.asyncProperty(request, async (input) => {
          const headers: Record<string, string> = input.authorization
            ? { authorization: input.authorization }
            : {};
          const url = input.query ? `${input.path}?${input.query}` : input.path;
          const init = requestInit(input.method, input.body, input.contentType, headers);
          expectJsonErrorShape(await send(server.url, url, init), input.method);
          await expectAlive(server.url);
        }),
        { numRuns: 300 },
      );
    },
    TIMEOUT,
  );
});

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { id } }`;

describe('fuzzing GraphQL (/graphql)', () => {
  /** A session of the owner's own, renewed whenever a fuzzed signOut ends it. */
  let graphqlSession = '';
  async function renewSession(): Promise<void> {
    const client = new TestClient(server.url);
    const signedIn = await client.gql(SIGN_IN, {
      input: { email: owner.email, password: PASSWORD },
    });
    expect(signedIn.errors).toBeUndefined();
    graphqlSession = client.cookie(SESSION_COOKIE) ?? '';
  }

  async function postGraphQL(caller: Caller, init: RequestInit, path = '/graphql') {
    const headers = {
      ...callerHeaders(caller, graphqlSession, ownOrigin()),
      ...(init.headers as Record<string, string>),
    };
    return send(server.url, path, { ...init, headers });
  }

  it(
    'answers every query and mutation of the schema, with random variables, without a 5xx',
    async () => {
      await renewSession();
      const strings = fc.oneof(
        fc.constantFrom(
          noteId,
          target.clientId,
          owner.email,
          PASSWORD,
          'https://client.example.test/callback',
          'javascript:alert(1)',
        ),
        anyString,
      );
      const operations = schemaOperations(strings);
      expect(operations.map((operation) => operation.field)).toContain('createOAuthApp');
      const run = fc.constantFrom(...operations).chain((operation) =>
        fc.record({
          operation: fc.constant(operation),
          variables: operation.variables,
          caller: anyCaller,
        }),
      );
      await fc.assert(
        fc.asyncProperty(run, async ({ operation, variables, caller }) => {
          const answer = await postGraphQL(caller, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: operation.document, variables }),
          });
          expectGraphQLShape(answer);
          await expectAlive(server.url);
          if (operation.field === 'signOut' && caller === 'session') await renewSession();
        }),
        { numRuns: 400 },
      );
    },
    TIMEOUT,
  );

  it(
    'answers random documents, bodies, methods and content types with GraphQL errors',
    async () => {
      await renewSession();
      const document = fc.oneof(graphqlish, anyString);
      const payload = fc.record(
        {
          query: fc.oneof(
            { weight: 4, arbitrary: document },
            { weight: 1, arbitrary: anyJsonValue },
          ),
          variables: anyJsonValue,
          operationName: anyJsonValue,
          extensions: anyJsonValue,
        },
        { requiredKeys: ['query'] },
      );
      const body: fc.Arbitrary<Body> = fc.oneof(
        { weight: 4, arbitrary: payload.map((value) => JSON.stringify(value)) },
        { weight: 1, arbitrary: fc.array(payload, { maxLength: 3 }).map((v) => JSON.stringify(v)) },
        { weight: 2, arbitrary: rawJsonishBody },
        { weight: 1, arbitrary: randomBytes },
        { weight: 1, arbitrary: fc.constantFrom<Body>(OVERSIZED_JSON, undefined) },
      );
      const contentType = fc.oneof(
        { weight: 4, arbitrary: fc.constant('application/json') },
        { weight: 1, arbitrary: anyContentType },
        { weight: 1, arbitrary: fc.constant(null) },
      );
      const request = fc.record({
        method: fc.oneof(
          { weight: 6, arbitrary: fc.constant('POST') },
          { weight: 2, arbitrary: fc.constant('GET') },
          { weight: 1, arbitrary: fc.constantFrom('PUT', 'PATCH', 'DELETE') },
        ),
        query: formString(['query', 'variables', 'operationName', 'extensions'], document),
        preflight: fc.boolean(),
        caller: anyCaller,
        body,
        contentType,
      });
      await fc.assert(
        fc.asyncProperty(request, async (input) => {
          const headers: Record<string, string> = input.preflight
            ? { 'apollo-require-preflight': 'true' }
            : {};
          const path = input.method === 'GET' ? `/graphql?${input.query}` : '/graphql';
          const init = requestInit(input.method, input.body, input.contentType, headers);
          expectGraphQLShape(await postGraphQL(input.caller, init, path));
          await expectAlive(server.url);
        }),
        { numRuns: 200 },
      );
    },
    TIMEOUT,
  );
});

/** A raw request with a Host header fetch would never send. */
function withHost(path: string, method: string, host: string, body?: string): Promise<Answer> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { host };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const request = httpRequest(
      { host: '127.0.0.1', port, path, method, headers, setHost: false },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => {
          const status = response.statusCode ?? 0;
          const responseHeaders = new Headers();
          for (const [name, value] of Object.entries(response.headers))
            if (typeof value === 'string') responseHeaders.set(name, value);
          resolve({
            status,
            headers: responseHeaders,
            text,
            label: `${method} ${path} Host: ${host} → ${status} ${text.slice(0, 200)}`,
          });
        });
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

describe('fuzzing the Host header', () => {
  it(
    'answers every entry point with no 5xx whatever the Host says',
    async () => {
      const host = fc.oneof(
        fc.constantFrom('[', '[::1', 'a b', '%zz', 'x:99999999', '', 'évil.example', '::'),
        fc.stringMatching(/^[\x21-\x7e]{1,30}$/),
      );
      const entry = fc.constantFrom('graphql', 'rest', 'token', 'authorize');
      await fc.assert(
        fc.asyncProperty(entry, host, async (which, value) => {
          if (which === 'graphql') {
            const body = JSON.stringify({ query: '{ viewer { id } }' });
            expectGraphQLShape(await withHost('/graphql', 'POST', value, body));
          } else if (which === 'rest') {
            expectJsonErrorShape(await withHost('/consumer/v1/me', 'GET', value));
          } else if (which === 'token') {
            expectJsonErrorShape(await withHost('/oauth/token', 'POST', value, '{}'));
          } else {
            const answer = await withHost(`/oauth/authorize?client_id=x`, 'GET', value);
            expectAuthorizeShape(answer, server.url, []);
          }
          await expectAlive(server.url);
        }),
        { numRuns: 60 },
      );
    },
    TIMEOUT,
  );
});
