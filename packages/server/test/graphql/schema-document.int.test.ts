import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';

const CHECKED_IN = readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8');

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ NODE_ENV: 'production' });
});
afterAll(async () => server.close());

describe('GET /graphql/schema.graphql', () => {
  it('publishes the schema as the checked-in SDL, even in production where introspection is off', async () => {
    const response = await fetch(`${server.url}/graphql/schema.graphql`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(await response.text()).toBe(CHECKED_IN);
  });
});
