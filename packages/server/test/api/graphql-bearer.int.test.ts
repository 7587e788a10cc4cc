import { describe, expect, it } from 'vitest';
import { TestClient } from '../helpers/client.js';
import { useTestServer } from '../helpers/server.js';
import { anotherToken, connectApp } from './rest.js';
import { graphql } from '../gql/index.js';

const server = useTestServer();

const NOTES = `{ notes { id title body createdAt updatedAt } }`;
const CREATE = graphql(`
  mutation GraphqlBearerCreateNote($input: CreateNoteInput!) {
    createNote(input: $input) {
      id
      title
    }
  }
`);
const DELETE = `mutation($id: ID!) { deleteNote(id: $id) }`;

function bearer(token: string): TestClient {
  const client = new TestClient(server.url);
  client.bearer = token;
  return client;
}

describe('/graphql with a bearer token', () => {
  it('answers viewer as the user who authorized the token', async () => {
    const { user, tokens } = await connectApp(server, 'read');
    const result = await bearer(tokens.access_token).gql(`{ viewer { id email } }`);
    expect(result.data).toEqual({ viewer: { id: user.id, email: user.email } });
  });

  it('refuses viewer to a token without the read scope', async () => {
    const { tokens } = await connectApp(server, 'write');
    const result = await bearer(tokens.access_token).gql(`{ viewer { id email } }`);
    expect(result.data).toEqual({ viewer: null });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('reads, creates and deletes notes with the matching scopes', async () => {
    const { tokens } = await connectApp(server, 'read write delete');
    const client = bearer(tokens.access_token);
    const created = await client.gql(CREATE, {
      input: { title: ' From GraphQL ' },
    });
    expect(created.data?.createNote).toMatchObject({ title: 'From GraphQL' });
    const listed = await client.gql(NOTES);
    expect(listed.data).toEqual({
      notes: [expect.objectContaining({ id: created.data?.createNote.id, body: '' })],
    });
    const deleted = await client.gql(DELETE, { id: created.data?.createNote.id });
    expect(deleted.data).toEqual({ deleteNote: true });
    expect((await client.gql(NOTES)).data).toEqual({ notes: [] });
  });

  it.each([
    ['write', NOTES, {}, 'read'],
    // As plain strings: one table of operations with different variables.
    ['read', String(CREATE), { input: { title: 'x' } }, 'write'],
    ['read write', DELETE, { id: 'any' }, 'delete'],
  ])('refuses a %s token where the field needs another scope', async (scope, query, vars, need) => {
    const full = await connectApp(server, 'read write delete');
    const limited = await anotherToken(server, full, scope);
    const result = await bearer(limited).gql(query, vars);
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      requiredScope: need,
    });
  });

  it('refuses an unknown token with 401 invalid_token', async () => {
    const result = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer bnd_at_unknown' },
      body: JSON.stringify({ query: '{ viewer { id } }' }),
    });
    expect(result.status).toBe(401);
    expect(result.headers.get('www-authenticate')).toMatch(/^Bearer error="invalid_token"/);
  });

  it('validates note input as the REST API does', async () => {
    const { tokens } = await connectApp(server, 'write');
    const result = await bearer(tokens.access_token).gql(CREATE, { input: { title: '  ' } });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'title',
    });
  });
});
