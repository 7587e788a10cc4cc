import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../../src/toolkit/http/session-cookie.js';
import { PASSWORD, TestClient, SIGN_IN } from '../helpers/client.js';
import { expectAlive, expectGraphQLShape, send } from './fuzz-checks.js';
import { graphqlish, schemaOperations } from './fuzz-graphql.js';
import {
  OVERSIZED_JSON,
  anyContentType,
  anyJsonValue,
  anyString,
  formString,
  randomBytes,
  rawJsonishBody,
} from './fuzz-inputs.js';
import {
  TIMEOUT,
  anyCaller,
  callerHeaders,
  noteId,
  owner,
  ownOrigin,
  requestInit,
  server,
  target,
  useFuzzServer,
  type Body,
  type Caller,
} from './fuzz-server.js';

useFuzzServer();

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
