import { describe, expect, it } from 'vitest';
import { useTestServer } from '../helpers/server.js';

const server = useTestServer();

async function post(body: unknown) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return {
    status: response.status,
    body: (await response.json()) as { errors?: { message: string }[] },
  };
}

describe('POST /graphql limits', () => {
  it('refuses a query nested deeper than 10 levels', async () => {
    const deep =
      '{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } }';
    const { status, body } = await post({ query: deep });
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toMatch(/nested too deeply/);
  });

  it('refuses a query selecting too many fields through aliases', async () => {
    const aliases = Array.from({ length: 400 }, (_, i) => `a${i}: viewer { id }`).join(' ');
    const { status, body } = await post({ query: `{ ${aliases} }` });
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toMatch(/too many fields/);
  });

  it('refuses batched requests', async () => {
    const { status } = await post([{ query: '{ viewer { id } }' }, { query: '{ viewer { id } }' }]);
    expect(status).toBe(400);
  });

  it('answers malformed JSON with a 400 and a clear message', async () => {
    const { status, body } = await post('{"query": ');
    expect(status).toBe(400);
    expect(JSON.stringify(body)).toMatch(/JSON/i);
  });
});
