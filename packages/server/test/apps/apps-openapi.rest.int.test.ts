import { describe, expect, it } from 'vitest';
import { useTestServer } from '../helpers/server.js';

// It hands out no secret, so it has no log check of its own (see apps-rest.ts).
const server = useTestServer();

describe('GET /consumer/v1/openapi.json', () => {
  it('is an OpenAPI 3.1 document of the client routes, served without sign-in', async () => {
    const response = await fetch(`${server.url}/consumer/v1/openapi.json`);
    expect(response.status).toBe(200);
    const doc = (await response.json()) as {
      openapi: string;
      paths: Record<
        string,
        Record<string, { requestBody?: unknown; responses: object; security?: object[] }>
      >;
      components: { securitySchemes: Record<string, unknown> };
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths['/consumer/v1/oauth/clients'] ?? {}).sort()).toEqual([
      'get',
      'post',
    ]);
    expect(Object.keys(doc.paths['/consumer/v1/oauth/clients/{client_id}'] ?? {}).sort()).toEqual([
      'delete',
      'get',
      'patch',
    ]);
    expect(doc.paths['/consumer/v1/oauth/clients/{client_id}/secret/rotate']).toHaveProperty(
      'post',
    );
    expect(doc.paths['/consumer/v1/oauth/clients/{client_id}/secret']).toHaveProperty('get');
    expect(doc.paths['/consumer/v1/oauth/clients']?.post?.requestBody).toBeDefined();
    expect(Object.keys(doc.paths).every((p) => p.startsWith('/consumer/v1/'))).toBe(true);
    expect(doc.paths).not.toHaveProperty('/consumer/v1/openapi.json');
    expect(doc.components.securitySchemes).toHaveProperty('oauth2');
    const byId = doc.paths['/consumer/v1/oauth/clients/{client_id}'];
    expect(byId?.get?.security).toContainEqual({ oauth2: ['read'] });
    expect(byId?.patch?.security).toContainEqual({ oauth2: ['write'] });
    expect(byId?.delete?.security).toContainEqual({ oauth2: ['delete'] });
  });
});
