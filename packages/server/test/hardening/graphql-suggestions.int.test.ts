import { describe, expect, it } from 'vitest';
import { SIGN_UP } from '../helpers/client.js';
import { useTestServer, type TestServer } from '../helpers/server.js';

const production = useTestServer({ NODE_ENV: 'production' });
const development = useTestServer({ NODE_ENV: 'development' });

async function post(server: TestServer, query: string, variables?: Record<string, unknown>) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: { message: string }[] };
  return { status: response.status, messages: (body.errors ?? []).map((e) => e.message) };
}

const MISSPELT_FIELD = '{ viewer { emial } }';
const MISSPELT_INPUT = { input: { emial: 'a@example.test', password: 'x', displayName: 'A' } };

describe('GraphQL errors where introspection is off (NODE_ENV=production)', () => {
  it('has introspection off', async () => {
    const { status, messages } = await post(production, '{ __schema { types { name } } }');
    expect(status).toBe(400);
    expect(messages.join(' ')).toMatch(/introspection is not allowed/i);
  });

  it('names the unknown field without suggesting the schema’s fields', async () => {
    const { status, messages } = await post(production, MISSPELT_FIELD);
    expect(status).toBe(400);
    expect(messages).toEqual(['Cannot query field "emial" on type "User".']);
  });

  it('refuses a misspelt input field without suggesting the real one', async () => {
    const { status, messages } = await post(production, SIGN_UP, MISSPELT_INPUT);
    expect(status).toBe(400);
    expect(messages.join(' ')).toMatch(/Field "emial" is not defined by type "SignUpInput"/);
    expect(messages.join(' ')).not.toMatch(/Did you mean/);
  });
});

describe('GraphQL errors where introspection is on (development)', () => {
  it('still suggests field names, which the schema already shows', async () => {
    const field = await post(development, MISSPELT_FIELD);
    expect(field.messages.join(' ')).toMatch(/Did you mean "email"\?/);
    const input = await post(development, SIGN_UP, MISSPELT_INPUT);
    expect(input.messages.join(' ')).toMatch(/Did you mean "email"\?/);
  });
});
