import { describe, expect, it } from 'vitest';
import { TestClient, signUp } from '../helpers/client.js';
import { createApp, obtainTokens } from '../helpers/oauth.js';
import { useTestServer } from '../helpers/server.js';
import { connectApp } from '../api/rest.js';
import { gqlOk } from '../apps/owned-apps.js';

const server = useTestServer();

type PageInfo = { hasNextPage: boolean; endCursor: string | null };
type Connection<T> = { nodes: T[]; pageInfo: PageInfo };

async function ownerWithApps(count: number) {
  const owner = new TestClient(server.url);
  await signUp(owner);
  const ids: string[] = [];
  for (let i = 1; i <= count; i += 1) {
    ids.push((await createApp(owner, { requireSecret: false, name: `App ${i}` })).clientId);
  }
  return { owner, newestFirst: ids.reverse() };
}

const APPS_PAGE = `query($first: Int, $after: String) {
  ownedOAuthAppsConnection(first: $first, after: $after) {
    nodes { clientId } pageInfo { hasNextPage endCursor } } }`;

/** Every page of a connection field, `first` at a time. */
async function allPages<T>(client: TestClient, query: string, field: string, first: number) {
  const pages: Connection<T>[] = [];
  let after: string | null = null;
  do {
    const data: Record<string, Connection<T>> = await gqlOk(client, query, { first, after });
    const page = data[field]!;
    pages.push(page);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after !== null);
  return pages;
}

describe('GraphQL lists page with first and after', () => {
  it('pages the owned apps, saying whether more follow', async () => {
    const { owner, newestFirst } = await ownerWithApps(5);
    const pages = await allPages<{ clientId: string }>(
      owner,
      APPS_PAGE,
      'ownedOAuthAppsConnection',
      2,
    );
    expect(pages.map((p) => p.nodes.length)).toEqual([2, 2, 1]);
    expect(pages.flatMap((p) => p.nodes.map((a) => a.clientId))).toEqual(newestFirst);
    expect(pages.at(-1)?.pageInfo.hasNextPage).toBe(false);
  });

  it('keeps the plain list fields for clients that ask for no page, and takes first/after there too', async () => {
    const { owner, newestFirst } = await ownerWithApps(3);
    const plain = await gqlOk<{ ownedOAuthApps: { clientId: string }[] }>(
      owner,
      '{ ownedOAuthApps { clientId } }',
    );
    expect(plain.ownedOAuthApps.map((a) => a.clientId)).toEqual(newestFirst);
    const one = await gqlOk<{ ownedOAuthApps: { clientId: string }[] }>(
      owner,
      '{ ownedOAuthApps(first: 1) { clientId } }',
    );
    expect(one.ownedOAuthApps.map((a) => a.clientId)).toEqual(newestFirst.slice(0, 1));
  });

  it.each([
    ['first above the maximum', { first: 101 }, 'first'],
    ['first of zero', { first: 0 }, 'first'],
    ['a forged after', { after: 'bm90LWEtY3Vyc29y' }, 'after'],
  ])('refuses %s with BAD_USER_INPUT naming the argument', async (_, variables, field) => {
    const { owner } = await ownerWithApps(0);
    const result = await owner.gql(APPS_PAGE, variables);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('pages the notes', async () => {
    const client = new TestClient(server.url);
    await signUp(client);
    for (const title of ['a', 'b', 'c']) {
      await gqlOk(client, 'mutation($t: String!) { createNote(input: { title: $t }) { id } }', {
        t: title,
      });
    }
    const query = `query($first: Int, $after: String) { notesConnection(first: $first, after: $after) {
      nodes { title } pageInfo { hasNextPage endCursor } } }`;
    const pages = await allPages<{ title: string }>(client, query, 'notesConnection', 2);
    expect(pages.flatMap((p) => p.nodes.map((n) => n.title))).toEqual(['c', 'b', 'a']);
  });

  it('pages an app’s activity log', async () => {
    const { owner, newestFirst } = await ownerWithApps(1);
    const clientId = newestFirst[0]!;
    for (const name of ['Second', 'Third']) {
      await gqlOk(
        owner,
        'mutation($c: String!, $n: String!) { updateOAuthApp(clientId: $c, input: { name: $n }) { name } }',
        { c: clientId, n: name },
      );
    }
    const query = `query($first: Int, $after: String) {
      oauthAppActivityConnection(clientId: "${clientId}", first: $first, after: $after) {
        nodes { type } pageInfo { hasNextPage endCursor } } }`;
    const pages = await allPages<{ type: string }>(owner, query, 'oauthAppActivityConnection', 1);
    expect(pages.flatMap((p) => p.nodes.map((e) => e.type))).toEqual([
      'RENAMED',
      'RENAMED',
      'CREATED',
    ]);
  });

  it('pages the apps a user authorized', async () => {
    const first = await connectApp(server, 'read', { name: 'Older' });
    const user = first.user;
    const owner = new TestClient(server.url);
    await signUp(owner);
    const second = await createApp(owner, { requireSecret: false, name: 'Newer' });
    await obtainTokens(server, user, second, 'read');
    const query = `query($first: Int, $after: String) {
      authorizedOAuthAppsConnection(first: $first, after: $after) {
        nodes { name } pageInfo { hasNextPage endCursor } } }`;
    const pages = await allPages<{ name: string }>(user, query, 'authorizedOAuthAppsConnection', 1);
    expect(pages.flatMap((p) => p.nodes.map((a) => a.name))).toEqual(['Newer', 'Older']);
  });
});
