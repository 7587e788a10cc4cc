import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useTestServer } from '../helpers/server.js';

const CHECKED_IN = readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8');

const server = useTestServer({ NODE_ENV: 'production' });

describe('GET /graphql/schema.graphql', () => {
  it('publishes the schema as the checked-in SDL, even in production where introspection is off', async () => {
    const response = await fetch(`${server.url}/graphql/schema.graphql`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(await response.text()).toBe(CHECKED_IN);
  });
});
