import { describe, expect, it } from 'vitest';
import { TestClient, signUp } from '../helpers/client.js';
import { useTestServer } from '../helpers/server.js';
import { connectApp, rest } from '../api/rest.js';
import { graphql } from '../gql/index.js';

const server = useTestServer({ MAX_APPS_PER_ACCOUNT: '3', MAX_NOTES_PER_ACCOUNT: '3' });

const CREATE_APP = `mutation($input: CreateOAuthAppInput!) {
  createOAuthApp(input: $input) { app { clientId } } }`;
const INPUT = { name: 'Capped', redirectUris: ['https://client.example/cb'], requireSecret: false };

describe('per-account caps', () => {
  it('lets parallel GraphQL creations reach MAX_APPS_PER_ACCOUNT and no further', async () => {
    const owner = new TestClient(server.url);
    await signUp(owner);
    const results = await Promise.all(
      Array.from({ length: 6 }, () => owner.gql(CREATE_APP, { input: INPUT })),
    );
    const refused = results.filter((r) => r.errors);
    expect(results.filter((r) => r.data)).toHaveLength(3);
    expect(refused).toHaveLength(3);
    for (const r of refused) {
      expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.message).toMatch(/at most 3 apps/);
    }
    const listed = await owner.gql(
      graphql(`
        query AccountCapsOwnedOAuthApps {
          ownedOAuthApps {
            clientId
          }
        }
      `),
    );
    expect(listed.data?.ownedOAuthApps).toHaveLength(3);
  });

  it('refuses a REST creation past the cap with 400 and a message that names it', async () => {
    const { tokens } = await connectApp(server, 'read write');
    const body = {
      name: 'Capped',
      redirect_uris: ['https://client.example/cb'],
      require_secret: false,
    };
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      const answer = await rest(server, tokens.access_token, 'POST', '/oauth/clients', body);
      statuses.push(answer.status);
      if (answer.status === 400) {
        expect(answer.body).toMatchObject({ error: 'invalid_request' });
        expect(answer.body.error_description).toMatch(/at most 3 apps/);
      }
    }
    expect(statuses).toEqual([201, 201, 201, 400]);
  });

  it('lets parallel note creations reach MAX_NOTES_PER_ACCOUNT and no further, over REST and GraphQL', async () => {
    const { tokens, user } = await connectApp(server, 'read write');
    const answers = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        rest(server, tokens.access_token, 'POST', '/notes', { title: `n${i}` }),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([201, 201, 201, 400, 400, 400]);
    const refused = answers.find((a) => a.status === 400);
    expect(refused?.body.error_description).toMatch(/at most 3 notes/);
    const viaGraphQL = await user.gql('mutation { createNote(input: { title: "more" }) { id } }');
    expect(viaGraphQL.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const listed = await rest(server, tokens.access_token, 'GET', '/notes');
    expect(listed.body.data).toHaveLength(3);
  });
});
