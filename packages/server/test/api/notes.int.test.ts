import { describe, expect, it } from 'vitest';
import { useTestServer } from '../helpers/server.js';
import { anotherToken, connectApp, rest } from './rest.js';

const server = useTestServer();

const NOTE = {
  id: expect.any(String),
  title: expect.any(String),
  body: expect.any(String),
  created_at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
  updated_at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
};

async function allScopes() {
  return (await connectApp(server, 'read write delete')).tokens.access_token;
}

describe('/consumer/v1/notes', () => {
  it('creates, reads, lists, changes and deletes a note', async () => {
    const token = await allScopes();
    const created = await rest(server, token, 'POST', '/notes', { title: '  Plan  ', body: 'b' });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ ...NOTE, title: 'Plan', body: 'b' });
    const id = created.body.id as string;

    expect((await rest(server, token, 'GET', `/notes/${id}`)).body).toEqual(created.body);

    const patched = await rest(server, token, 'PATCH', `/notes/${id}`, { body: 'changed' });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ id, title: 'Plan', body: 'changed' });

    const list = await rest(server, token, 'GET', '/notes');
    expect(list.body).toEqual({ data: [patched.body], next_cursor: null });

    const deleted = await rest(server, token, 'DELETE', `/notes/${id}`);
    expect(deleted.status).toBe(204);
    expect((await rest(server, token, 'GET', `/notes/${id}`)).status).toBe(404);
    expect((await rest(server, token, 'GET', '/notes')).body).toEqual({
      data: [],
      next_cursor: null,
    });
  });

  it('lists the user’s notes newest first', async () => {
    const token = await allScopes();
    const titles = ['first', 'second', 'third'];
    for (const title of titles) await rest(server, token, 'POST', '/notes', { title });
    const { data } = (await rest(server, token, 'GET', '/notes')).body as {
      data: { title: string; created_at: string }[];
    };
    expect(data.map((n) => n.title).sort()).toEqual([...titles].sort());
    const times = data.map((n) => Date.parse(n.created_at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('creates a note with an empty body when none is sent', async () => {
    const created = await rest(server, await allScopes(), 'POST', '/notes', { title: 'Only' });
    expect(created.body).toMatchObject({ title: 'Only', body: '' });
  });

  it('answers 404 for another user’s note and leaves it alone', async () => {
    const mine = await allScopes();
    const theirs = await allScopes();
    const note = await rest(server, theirs, 'POST', '/notes', { title: 'Private' });
    const id = note.body.id as string;
    expect((await rest(server, mine, 'GET', `/notes/${id}`)).status).toBe(404);
    expect((await rest(server, mine, 'PATCH', `/notes/${id}`, { title: 'x' })).status).toBe(404);
    const deleted = await rest(server, mine, 'DELETE', `/notes/${id}`);
    expect(deleted.status).toBe(404);
    expect(deleted.body).toMatchObject({ error: 'not_found' });
    expect((await rest(server, mine, 'GET', '/notes')).body).toEqual({
      data: [],
      next_cursor: null,
    });
    expect((await rest(server, theirs, 'GET', `/notes/${id}`)).body).toMatchObject({
      title: 'Private',
    });
  });

  it.each([
    ['an empty title', { title: '   ' }, 'title'],
    ['a title over 200 characters', { title: 'x'.repeat(201) }, 'title'],
    ['a body over 10000 characters', { title: 't', body: 'x'.repeat(10_001) }, 'body'],
  ])('refuses %s with 400', async (_label, body, field) => {
    const token = await allScopes();
    const created = await rest(server, token, 'POST', '/notes', body);
    expect(created.status).toBe(400);
    expect(created.body).toMatchObject({ error: 'invalid_request', field });
    expect((await rest(server, token, 'GET', '/notes')).body).toEqual({
      data: [],
      next_cursor: null,
    });
  });

  it('accepts a 200-character title and a 10000-character body', async () => {
    const note = { title: 'x'.repeat(200), body: 'y'.repeat(10_000) };
    const created = await rest(server, await allScopes(), 'POST', '/notes', note);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject(note);
  });

  it('refuses a PATCH that changes nothing', async () => {
    const token = await allScopes();
    const note = await rest(server, token, 'POST', '/notes', { title: 'Keep' });
    const patched = await rest(server, token, 'PATCH', `/notes/${note.body.id as string}`, {});
    expect(patched.status).toBe(400);
  });
});

describe('scopes on /consumer/v1/notes', () => {
  // The scopes are independent: write implies neither read nor delete.
  it.each([
    ['write', 'GET', 'list', 'read'],
    ['write delete', 'GET', 'one', 'read'],
    ['read delete', 'POST', 'list', 'write'],
    ['read delete', 'PATCH', 'one', 'write'],
    ['read write', 'DELETE', 'one', 'delete'],
  ])('a %s token gets 403 on %s (%s), naming %s', async (scope, method, target, needed) => {
    const full = await connectApp(server, 'read write delete');
    const limited = await anotherToken(server, full, scope);
    const note = await rest(server, full.tokens.access_token, 'POST', '/notes', { title: 'Kept' });
    const path = target === 'list' ? '/notes' : `/notes/${note.body.id as string}`;
    const body = method === 'POST' || method === 'PATCH' ? { title: 'Changed' } : undefined;
    const response = await rest(server, limited, method, path, body);
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ error: 'insufficient_scope' });
    expect(response.headers.get('www-authenticate')).toBe(
      `Bearer error="insufficient_scope", scope="${needed}", resource_metadata="${server.url}/.well-known/oauth-protected-resource/consumer/v1"`,
    );
    const after = await rest(server, full.tokens.access_token, 'GET', '/notes');
    expect(after.body).toEqual({ data: [note.body], next_cursor: null });
  });

  it('lets a delete-only token delete its user’s note without reading it', async () => {
    const full = await connectApp(server, 'read write');
    const deleter = await anotherToken(server, full, 'delete');
    const note = await rest(server, full.tokens.access_token, 'POST', '/notes', { title: 'Gone' });
    const path = `/notes/${note.body.id as string}`;
    expect((await rest(server, deleter, 'GET', path)).status).toBe(403);
    expect((await rest(server, deleter, 'DELETE', path)).status).toBe(204);
    expect((await rest(server, full.tokens.access_token, 'GET', path)).status).toBe(404);
  });
});

describe('the OpenAPI document', () => {
  it('documents /me and /notes with the scope each operation needs', async () => {
    const response = await fetch(`${server.url}/consumer/v1/openapi.json`);
    const doc = (await response.json()) as {
      paths: Record<string, Record<string, { security?: Record<string, string[]>[] }>>;
    };
    const scopeOf = (path: string, method: string) =>
      doc.paths[path]?.[method]?.security?.find((s) => 'oauth2' in s)?.oauth2;
    expect(scopeOf('/consumer/v1/me', 'get')).toEqual(['read']);
    expect(scopeOf('/consumer/v1/me', 'patch')).toEqual(['write']);
    expect(scopeOf('/consumer/v1/notes', 'get')).toEqual(['read']);
    expect(scopeOf('/consumer/v1/notes', 'post')).toEqual(['write']);
    expect(scopeOf('/consumer/v1/notes/{id}', 'get')).toEqual(['read']);
    expect(scopeOf('/consumer/v1/notes/{id}', 'patch')).toEqual(['write']);
    expect(scopeOf('/consumer/v1/notes/{id}', 'delete')).toEqual(['delete']);
  });
});
