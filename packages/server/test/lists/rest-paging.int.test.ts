import { describe, expect, it } from 'vitest';
import { useTestServer } from '../helpers/server.js';
import { connectApp, rest } from '../api/rest.js';

const server = useTestServer();

type Page = {
  data: { id?: string; client_id?: string; type?: string }[];
  next_cursor: string | null;
};

/** A fresh user's token for every scope, with `count` notes titled 1..count (oldest first). */
async function userWithNotes(count: number) {
  const token = (await connectApp(server, 'read write delete')).tokens.access_token;
  for (let i = 1; i <= count; i += 1) {
    expect((await rest(server, token, 'POST', '/notes', { title: String(i) })).status).toBe(201);
  }
  return token;
}

/** Follows `Link: <…>; rel="next"` from `path` to the last page; returns every page. */
async function followLinks(token: string, path: string) {
  const pages: Page[] = [];
  for (let next: string | null = path; next !== null;) {
    const answer = await rest(server, token, 'GET', next);
    expect(answer.status).toBe(200);
    const page = answer.body as Page;
    pages.push(page);
    const link = answer.headers.get('link');
    if (page.next_cursor === null) {
      expect(link).toBeNull();
      next = null;
    } else {
      const target = /^<\/consumer\/v1([^>]+)>; rel="next"$/.exec(link ?? '')?.[1];
      expect(target).toContain(`cursor=${page.next_cursor}`);
      next = target ?? null;
    }
  }
  return pages;
}

const titles = (pages: Page[]) =>
  pages.flatMap((p) => p.data.map((n) => (n as { title?: string }).title));

describe('REST lists page with limit and cursor', () => {
  it('pages the notes newest first, announcing each next page in next_cursor and Link', async () => {
    const token = await userWithNotes(5);
    const pages = await followLinks(token, '/notes?limit=2');
    expect(pages.map((p) => p.data.length)).toEqual([2, 2, 1]);
    expect(titles(pages)).toEqual(['5', '4', '3', '2', '1']);
  });

  it('keeps a page stable when notes are added between pages', async () => {
    const token = await userWithNotes(4);
    const first = (await rest(server, token, 'GET', '/notes?limit=2')).body as Page;
    await rest(server, token, 'POST', '/notes', { title: 'newer' });
    const second = await rest(server, token, 'GET', `/notes?limit=2&cursor=${first.next_cursor}`);
    expect((second.body as Page).data.map((n) => (n as { title: string }).title)).toEqual([
      '2',
      '1',
    ]);
  });

  it('applies the default page size of 50 without a limit', async () => {
    const token = await userWithNotes(51);
    const first = await rest(server, token, 'GET', '/notes');
    expect((first.body as Page).data).toHaveLength(50);
    expect(first.headers.get('link')).toMatch(/rel="next"/);
    const rest51 = await rest(
      server,
      token,
      'GET',
      `/notes?cursor=${(first.body as Page).next_cursor}`,
    );
    expect(rest51.body).toMatchObject({ data: [{ title: '1' }], next_cursor: null });
  });

  it.each([
    ['a limit above the maximum', 'limit=101', 'limit'],
    ['a zero limit', 'limit=0', 'limit'],
    ['a cursor that is not base64url', 'cursor=%2F%2F%2F', 'cursor'],
    [
      'a forged cursor',
      `cursor=${Buffer.from('1.x; DROP TABLE notes').toString('base64url')}`,
      'cursor',
    ],
  ])('refuses %s with 400 invalid_request naming the field', async (_, query, field) => {
    const token = await userWithNotes(0);
    for (const path of ['/notes', '/oauth/clients']) {
      const answer = await rest(server, token, 'GET', `${path}?${query}`);
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({ error: 'invalid_request', field });
    }
  });

  it('pages the owner’s OAuth apps', async () => {
    const { tokens } = await connectApp(server, 'read write');
    const created: string[] = [];
    for (const name of ['one', 'two', 'three']) {
      const app = await rest(server, tokens.access_token, 'POST', '/oauth/clients', {
        name,
        redirect_uris: ['https://client.example/cb'],
        require_secret: false,
      });
      expect(app.status).toBe(201);
      created.push(app.body.client_id as string);
    }
    const pages = await followLinks(tokens.access_token, '/oauth/clients?limit=2');
    expect(pages.flatMap((p) => p.data.map((a) => a.client_id))).toEqual(created.reverse());
  });

  it('pages an app’s whole activity log, past its hundredth entry', async () => {
    const { tokens } = await connectApp(server, 'read write');
    const token = tokens.access_token;
    const app = await rest(server, token, 'POST', '/oauth/clients', {
      name: 'Renamed often',
      redirect_uris: ['https://client.example/cb'],
      require_secret: false,
    });
    const clientId = app.body.client_id as string;
    for (let i = 1; i <= 104; i += 1) {
      await rest(server, token, 'PATCH', `/oauth/clients/${clientId}`, { name: `Name ${i}` });
    }
    const pages = await followLinks(token, `/oauth/clients/${clientId}/activity?limit=100`);
    const types = pages.flatMap((p) => p.data.map((e) => e.type));
    expect(pages.map((p) => p.data.length)).toEqual([100, 5]);
    expect(types.at(-1)).toBe('CREATED');
    expect(types.filter((t) => t === 'RENAMED')).toHaveLength(104);
  });

  it('answers 404 for the activity of another owner’s app, on any page', async () => {
    const { app } = await connectApp(server, 'read');
    const stranger = (await connectApp(server, 'read')).tokens.access_token;
    const first = await rest(server, stranger, 'GET', `/oauth/clients/${app.clientId}/activity`);
    expect(first.status).toBe(404);
  });
});
