import fc from 'fast-check';
import { describe, it } from 'vitest';
import { expectAlive, expectJsonErrorShape, send } from './fuzz-checks.js';
import {
  OVERSIZED_JSON,
  anyContentType,
  anyJsonValue,
  anyString,
  formString,
  jsonObjectOf,
  percentEncode,
  randomBytes,
  rawJsonishBody,
} from './fuzz-inputs.js';
import {
  TIMEOUT,
  anyCaller,
  callerHeaders,
  noteId,
  ownOrigin,
  requestInit,
  server,
  sessionCookie,
  target,
  useFuzzServer,
  type Body,
} from './fuzz-server.js';

useFuzzServer();

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
