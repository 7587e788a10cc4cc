import fc from 'fast-check';
import { afterAll, beforeAll } from 'vitest';
import { SESSION_COOKIE } from '../../src/toolkit/http/session-cookie.js';
import { TestClient, signUp } from '../helpers/client.js';
import { createApp, obtainTokens, type TestApp } from '../helpers/oauth.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { send } from './fuzz-checks.js';
import { anyAuthorization } from './fuzz-inputs.js';

// Rate limits are off so that random input reaches the endpoints' own checks; they have tests
// of their own. Runs are bounded so the file stays well under a minute on two cores; a failure
// prints the seed and the shrunk input, to replay with { seed, path } in fc.assert.
export const RUNS = 150;
export const TIMEOUT = 120_000;

export type Caller = 'session' | 'bearer' | 'anonymous' | { authorization: string };
export type Body = string | Uint8Array<ArrayBuffer> | undefined;

// The fuzz files import these bindings live: useFuzzServer() sets them before the first test.
export let server: TestServer;
export let owner: TestClient & { email: string };
export let bearer: string;
export let noteId: string;
/** An app of the owner that the REST and GraphQL runs may change, rotate or delete. */
export let target: TestApp;
/** The apps the OAuth runs authenticate as; their tokens are only ever used there. */
export let confidential: TestApp & { clientSecret: string };
export let publicApp: TestApp;
export let confidentialTokens: { access_token: string; refresh_token: string };

/** One server per fuzz file, with an owner, a bearer token, a note and the apps the runs use. */
export function useFuzzServer(): void {
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
}

export function callerHeaders(
  caller: Caller,
  cookie: string,
  origin: string,
): Record<string, string> {
  if (caller === 'session') return { cookie: `${SESSION_COOKIE}=${cookie}`, origin };
  if (caller === 'bearer') return { authorization: `Bearer ${bearer}` };
  if (caller === 'anonymous') return {};
  return { authorization: caller.authorization };
}

export const anyCaller: fc.Arbitrary<Caller> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<Caller>('session', 'bearer', 'anonymous') },
  { weight: 1, arbitrary: anyAuthorization.map((authorization) => ({ authorization })) },
);

/** A body and its Content-Type; `null` sends none (a Blob without a type). */
export function requestInit(
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

export const sessionCookie = () => owner.cookie(SESSION_COOKIE) ?? '';
export const ownOrigin = () => new URL(server.url).origin;
