import fc from 'fast-check';
import { describe, it } from 'vitest';
import { SESSION_COOKIE } from '../../src/toolkit/http/session-cookie.js';
import { pkcePair } from '../helpers/oauth.js';
import { expectAlive, expectAuthorizeShape, expectJsonErrorShape, send } from './fuzz-checks.js';
import {
  anyAuthorization,
  anyContentType,
  anyString,
  formString,
  jsonObjectOf,
  randomBytes,
  rawJsonishBody,
} from './fuzz-inputs.js';
import { basicAuthorization } from '../../../../tooling/client-auth.mjs';
import {
  RUNS,
  TIMEOUT,
  confidential,
  confidentialTokens,
  publicApp,
  requestInit,
  server,
  sessionCookie,
  useFuzzServer,
  type Body,
} from './fuzz-server.js';

useFuzzServer();

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
