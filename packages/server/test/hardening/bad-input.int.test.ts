import { beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../helpers/client.js';
import { obtainTokens, type TestApp } from '../helpers/oauth.js';
import { useTestServer } from '../helpers/server.js';
import {
  authorizeParams,
  authorizePath,
  pendingCode,
  post,
  userWithApp,
} from '../oauth/support.js';
import { documentedFetch } from '../helpers/openapi-conformance.js';
import { graphql } from '../gql/index.js';

const server = useTestServer();
let owner: TestClient;
let app: TestApp;
let accessToken: string;

beforeAll(async () => {
  ({ client: owner, app } = await userWithApp(server, { requireSecret: true }));
  accessToken = (await obtainTokens(server, owner, app, 'read write')).access_token;
});

type Json = Record<string, unknown> & { errors?: { message: string; extensions?: object }[] };

async function call(path: string, init: RequestInit) {
  const response = await documentedFetch(new URL(path, server.url), {
    ...init,
    redirect: 'manual',
  });
  const text = await response.text();
  const isJson = response.headers.get('content-type')?.startsWith('application/json');
  return {
    status: response.status,
    headers: response.headers,
    text,
    body: (isJson ? JSON.parse(text) : {}) as Json,
  };
}

const json = (body: string, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body,
});
const withBearer = () => ({ authorization: `Bearer ${accessToken}` });
const form = (body: string): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body,
});

// The longest note, with every character written as a 6-byte JSON escape.
const LARGEST_NOTE = { title: '€'.repeat(200), body: '\u0001'.repeat(10_000) };
const OVER_LIMIT = 'x'.repeat(64 * 1024 + 1);

describe('body size limits on /consumer/v1, /graphql and /oauth/*', () => {
  it('still accepts the largest valid note, on REST and on GraphQL', async () => {
    expect(JSON.stringify(LARGEST_NOTE).length).toBeGreaterThan(60_000);
    const rest = await call('/consumer/v1/notes', json(JSON.stringify(LARGEST_NOTE), withBearer()));
    expect(rest.status).toBe(201);
    const created = await owner.gql(
      graphql(`
        mutation BadInputCreateNote($input: CreateNoteInput!) {
          createNote(input: $input) {
            id
          }
        }
      `),
      { input: LARGEST_NOTE },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data?.createNote.id).toBeTruthy();
  });

  it('answers a bigger REST body with 413 and a JSON error', async () => {
    const body = JSON.stringify({ title: 'big', body: OVER_LIMIT });
    const answer = await call('/consumer/v1/notes', json(body, withBearer()));
    expect(answer.status).toBe(413);
    expect(answer.body).toEqual({
      error: 'invalid_request',
      error_description: 'The request body is too large (the limit is 64 KiB)',
    });
  });

  it('answers a bigger OAuth form with 413 and an RFC 6749 error', async () => {
    for (const path of ['/oauth/token', '/oauth/revoke', '/oauth/introspect']) {
      const answer = await call(path, form(`grant_type=x&junk=${OVER_LIMIT}`));
      expect(answer.status).toBe(413);
      expect(answer.body).toEqual({
        error: 'invalid_request',
        error_description: 'The request body is too large (the limit is 64 KiB)',
      });
    }
  });

  it('answers a bigger GraphQL body with 413 and a GraphQL error', async () => {
    const answer = await call('/graphql', json(JSON.stringify({ query: `# ${OVER_LIMIT}` })));
    expect(answer.status).toBe(413);
    expect(answer.body.errors?.[0]).toEqual({
      message: 'The request body is too large (the limit is 64 KiB)',
      extensions: { code: 'PAYLOAD_TOO_LARGE' },
    });
  });
});

describe('malformed input gets a 400 with a clear message', () => {
  it('says so for malformed JSON on REST', async () => {
    const answer = await call('/consumer/v1/notes', json('{"title": ', withBearer()));
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({
      error: 'invalid_request',
      error_description: expect.stringMatching(/not valid JSON/),
    });
  });

  it('says so for malformed JSON and a wrong media type on GraphQL, in GraphQL shape', async () => {
    const malformed = await call('/graphql', json('{"query": '));
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/not valid JSON/),
      extensions: { code: 'BAD_REQUEST' },
    });
    const xml = await call('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/xml' },
      body: '<query/>',
    });
    expect(xml.status).toBe(415);
    expect(xml.body.errors?.[0]?.message).toMatch(/must be JSON/);
  });

  it.each(['/oauth/token', '/oauth/revoke', '/oauth/introspect'])(
    'refuses a JSON body, a broken percent-escape and non-UTF-8 bytes at %s',
    async (path) => {
      const asJson = await call(path, json('{"grant_type": "refresh_token"}'));
      expect(asJson.status).toBe(400);
      expect(asJson.body).toMatchObject({
        error: 'invalid_request',
        error_description: expect.stringMatching(/application\/x-www-form-urlencoded/),
      });
      for (const body of ['token=%zz', 'token=abc%', 'token=%FF%FE', '%E0%A4=x']) {
        const broken = await call(path, form(body));
        expect(broken.status).toBe(400);
        expect(broken.body).toEqual({
          error: 'invalid_request',
          error_description: 'The form body is malformed: it has an invalid percent-encoding',
        });
      }
    },
  );

  it('answers a malformed or oversized URL with a JSON error', async () => {
    const badPath = await call('/consumer/v1/notes/%zz', { headers: withBearer() });
    expect(badPath.status).toBe(400);
    expect(badPath.body).toMatchObject({
      error: 'invalid_request',
      error_description: expect.stringMatching(/percent-encoding/),
    });
    const hugeQuery = await call(`/oauth/authorize?state=${'x'.repeat(20_000)}`, {});
    expect(hugeQuery.status).toBe(431);
    expect(hugeQuery.body).toEqual({
      error: 'invalid_request',
      error_description: 'The request headers or URL are too large',
    });
  });
});

describe('app names with odd Unicode, refused by the shared schema', () => {
  it.each([
    ['G\u043E\u043Egle', 'Name mixes letters from different alphabets'],
    ['Pay\u200Bpal', 'Name contains an invisible character'],
    ['evil\u202Eexe', 'Name contains a control character'],
  ])('refuses %j on REST and GraphQL, naming the field', async (name, message) => {
    const body = { name, redirect_uris: ['https://a.example/cb'], require_secret: false };
    const rest = await call('/consumer/v1/oauth/clients', json(JSON.stringify(body), withBearer()));
    expect(rest.status).toBe(400);
    expect(rest.body).toEqual({
      error: 'invalid_request',
      error_description: message,
      field: 'name',
    });
    const graphql = await owner.gql(
      'mutation($input: CreateOAuthAppInput!) { createOAuthApp(input: $input) { clientSecret } }',
      { input: { name, redirectUris: ['https://a.example/cb'], requireSecret: false } },
    );
    expect(graphql.errors?.[0]).toMatchObject({
      message,
      extensions: { code: 'BAD_USER_INPUT', field: 'name' },
    });
  });

  it('accepts a name wholly in another script', async () => {
    const body = {
      name: 'Приложение',
      redirect_uris: ['https://a.example/cb'],
      require_secret: false,
    };
    const rest = await call('/consumer/v1/oauth/clients', json(JSON.stringify(body), withBearer()));
    expect(rest.status).toBe(201);
    expect(rest.body.name).toBe('Приложение');
  });
});

describe('odd Unicode where free text is allowed', () => {
  it('stores odd but valid text in a note as sent: NUL, emoji, right-to-left marks', async () => {
    const body = 'a\u0000b 👩‍💻 \u202Eevil\u202C 𝔘𝔫𝔦𝔠𝔬𝔡𝔢';
    const created = await call(
      '/consumer/v1/notes',
      json(JSON.stringify({ title: 'Odd', body }), withBearer()),
    );
    expect(created.status).toBe(201);
    const read = await call(`/consumer/v1/notes/${String(created.body.id)}`, {
      headers: withBearer(),
    });
    expect(read.body.body).toBe(body);
  });
});

describe('/graphql errors outside GraphQL itself', () => {
  it('refuses a bad bearer token with 401, WWW-Authenticate and a GraphQL error', async () => {
    const answer = await call(
      '/graphql',
      json(JSON.stringify({ query: '{ viewer { id } }' }), { authorization: 'Bearer nope' }),
    );
    expect(answer.status).toBe(401);
    expect(answer.headers.get('www-authenticate')).toMatch(/^Bearer error="invalid_token"/);
    expect(answer.body.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED' });
  });

  it('answers other methods with 405 and Allow', async () => {
    const answer = await call('/graphql', { method: 'PUT' });
    expect(answer.status).toBe(405);
    expect(answer.headers.get('allow')).toBe('GET, POST');
    expect(answer.body.errors?.[0]?.extensions).toEqual({ code: 'METHOD_NOT_ALLOWED' });
  });
});

describe('unknown fields', () => {
  it('are refused by REST, naming the field', async () => {
    const answer = await call(
      '/consumer/v1/notes',
      json(JSON.stringify({ title: 'a', colour: 'red' }), withBearer()),
    );
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({
      error: 'invalid_request',
      error_description: "Unknown field 'colour'",
      field: 'colour',
    });
  });

  it('are refused by GraphQL input types', async () => {
    const result = await owner.gql(
      'mutation($input: CreateNoteInput!) { createNote(input: $input) { id } }',
      { input: { title: 'a', colour: 'red' } },
    );
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.message).toMatch(
      /"colour" is not defined by type "CreateNoteInput"/,
    );
  });

  it('are ignored by the OAuth endpoints (RFC 6749 §3.1, §3.2)', async () => {
    const link = await call(authorizePath(authorizeParams(app, { colour: 'red' })), {
      headers: { cookie: `bnder_session=${owner.cookie('bnder_session') ?? ''}` },
    });
    expect(link.status).toBe(302);
    expect(link.headers.get('location')).not.toMatch(/error=/);

    const issued = await pendingCode(owner, app);
    const tokens = await post(server, app, '/oauth/token', {
      grant_type: 'authorization_code',
      code: issued.code,
      redirect_uri: issued.redirectUri,
      code_verifier: issued.verifier,
      colour: 'red',
    });
    expect(tokens.status).toBe(200);
    const token = String(tokens.body.access_token);
    const introspected = await post(server, app, '/oauth/introspect', { token, colour: 'red' });
    expect(introspected.body).toMatchObject({ active: true });
    const revoked = await post(server, app, '/oauth/revoke', { token, colour: 'red' });
    expect(revoked.status).toBe(200);
  });
});

describe('the authorize error page', () => {
  const MARKUP = '<script>alert(1)</script>';

  it('shows a client_id with markup as text or not at all, with no script allowed', async () => {
    const answer = await call(`/oauth/authorize?client_id=${encodeURIComponent(MARKUP)}`, {});
    expect(answer.status).toBe(400);
    expect(answer.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(answer.text).not.toMatch(/<script/i);
    expect(answer.text).toContain('Unknown application');
    const csp = answer.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/script-src|unsafe-inline/);
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    expect(answer.headers.get('x-frame-options')).toBe('DENY');
    expect(answer.headers.get('cache-control')).toBe('no-store');
  });

  it('shows a redirect_uri with markup as text or not at all', async () => {
    const params = authorizeParams(app, { redirect_uri: `https://evil.example/${MARKUP}` });
    const answer = await call(authorizePath(params), {});
    expect(answer.status).toBe(400);
    expect(answer.text).toContain('Redirect URI not registered');
    expect(answer.text).not.toMatch(/<script|<img/i);
    expect(answer.headers.get('content-security-policy')).toContain("default-src 'none'");
  });
});
