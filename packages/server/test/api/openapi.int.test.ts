import { validate } from '@readme/openapi-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { documentedAnswers, expectDocumented } from '../helpers/openapi-conformance.js';
import { useTestServer } from '../helpers/server.js';

type Ref = { $ref: string };
type Answer = {
  description: string;
  headers?: Record<string, Ref>;
  content?: Record<string, { schema: Ref; examples?: Record<string, unknown> }>;
};
type Operation = {
  operationId?: string;
  summary?: string;
  parameters?: { in: string; description?: string }[];
  responses: Record<string, Answer>;
};
type Document = {
  paths: Record<string, Record<string, Operation>>;
  components: {
    schemas: Record<string, { properties: Record<string, { enum?: string[] }> }>;
    headers: Record<string, { required?: boolean }>;
  };
};

const server = useTestServer();
let document: Document;
let operations: { name: string; path: string; method: string; operation: Operation }[];

beforeAll(async () => {
  document = (await (await fetch(`${server.url}/consumer/v1/openapi.json`)).json()) as Document;
  operations = Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => ({
      name: `${method.toUpperCase()} ${path}`,
      path,
      method,
      operation,
    })),
  );
});

const ERROR = { $ref: '#/components/schemas/Error' };
const header = (name: string) => ({ $ref: `#/components/headers/${name}` });

describe('the OpenAPI document of /consumer/v1', () => {
  it('is valid OpenAPI 3.1 for a real validator', async () => {
    const result = await validate(structuredClone(document) as never);
    expect(result).toMatchObject({ valid: true, warnings: [] });
  });

  it('names and describes every operation and path parameter', () => {
    expect(operations.length).toBeGreaterThanOrEqual(14);
    const ids = operations.map(({ operation }) => operation.operationId);
    expect(ids.every((id) => typeof id === 'string' && id !== '')).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { name, operation } of operations) {
      expect(operation.summary, name).toBeTruthy();
      for (const parameter of operation.parameters ?? [])
        expect(parameter.description, name).toBeTruthy();
    }
  });

  it('describes every answer in words and gives an example of every body', () => {
    for (const { name, operation } of operations) {
      for (const [status, answer] of Object.entries(operation.responses)) {
        expect(answer.description, `${name} ${status}`).not.toBe('Default Response');
        const media = answer.content?.['application/json'];
        if (media) expect(Object.keys(media.examples ?? {}), `${name} ${status}`).not.toEqual([]);
      }
    }
  });

  it('gives examples that match their own schemas', async () => {
    expect((await documentedAnswers(server.url)).checkExamples()).toEqual([]);
  });

  it('lists the error answers of every operation, each by the one shared Error schema', () => {
    for (const { name, path, method, operation } of operations) {
      const expected = ['400', '401', '403', '429', '431', '500', '503'];
      if (path.includes('{')) expected.push('404', '414');
      if (method !== 'get') expected.push('413', '415');
      const errors = Object.keys(operation.responses).filter((status) => status >= '400');
      expect(errors.sort(), name).toEqual(expected.sort());
      for (const status of errors) {
        expect(operation.responses[status]?.content?.['application/json']?.schema, name).toEqual(
          ERROR,
        );
      }
    }
  });

  it('lists every error code in the Error schema', () => {
    const error = document.components.schemas.Error?.properties.error;
    expect(error?.enum?.sort()).toEqual(
      [
        'forbidden',
        'insufficient_scope',
        'invalid_request',
        'invalid_token',
        'not_found',
        'server_error',
        'sudo_required',
        'temporarily_unavailable',
        'too_many_requests',
        'unauthenticated',
      ].sort(),
    );
  });

  it('requires the challenge on 401, Retry-After on 429 and 503, and no-store on secrets', () => {
    for (const { name, operation } of operations) {
      const { responses } = operation;
      expect(responses['401']?.headers?.['WWW-Authenticate'], name).toEqual(header('Challenge'));
      expect(responses['429']?.headers?.['Retry-After'], name).toEqual(header('RetryAfter'));
      expect(responses['503']?.headers?.['Retry-After'], name).toEqual(header('RetryAfter'));
    }
    const { headers } = document.components;
    expect([
      headers.Challenge?.required,
      headers.RetryAfter?.required,
      headers.NoStore?.required,
    ]).toEqual([true, true, true]);
    const secret = document.paths['/consumer/v1/oauth/clients/{client_id}/secret'];
    const rotate = document.paths['/consumer/v1/oauth/clients/{client_id}/secret/rotate'];
    for (const operation of [secret?.get, rotate?.post])
      expect(operation?.responses['200']?.headers?.['Cache-Control']).toEqual(header('NoStore'));
    for (const operation of [
      document.paths['/consumer/v1/oauth/clients']?.post,
      document.paths['/consumer/v1/oauth/clients/{client_id}']?.patch,
    ])
      expect(Object.values(operation?.responses ?? {})[0]?.headers?.['Cache-Control']).toEqual(
        header('NoStoreWhenSecret'),
      );
  });
});

describe('the check every REST answer of the tests goes through', () => {
  const me = () => new URL('/consumer/v1/me', server.url);
  const json = (body: unknown, status: number, headers: Record<string, string> = {}) =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    });
  const profile = { id: 'u1', email: 'ada@example.com', display_name: 'Ada' };

  it('passes an answer the document lists', async () => {
    await expect(expectDocumented('GET', me(), json(profile, 200))).resolves.toBeUndefined();
  });

  it('refuses a status the document does not list', async () => {
    await expect(expectDocumented('GET', me(), json(profile, 202))).rejects.toThrow(/202/);
  });

  it('refuses a field the schema does not list', async () => {
    const extra = json({ ...profile, password_hash: 'x' }, 200);
    await expect(expectDocumented('GET', me(), extra)).rejects.toThrow(/additional properties/);
  });

  it('refuses an error code the Error schema does not list', async () => {
    const unknown = json({ error: 'teapot', error_description: 'x' }, 400);
    await expect(expectDocumented('GET', me(), unknown)).rejects.toThrow(/allowed values/);
  });

  it('refuses a 401 without its challenge, and a 503 without Retry-After', async () => {
    const unauthorized = json({ error: 'unauthenticated', error_description: 'x' }, 401);
    await expect(expectDocumented('GET', me(), unauthorized)).rejects.toThrow(/WWW-Authenticate/);
    const outage = json({ error: 'temporarily_unavailable', error_description: 'x' }, 503);
    await expect(expectDocumented('GET', me(), outage)).rejects.toThrow(/Retry-After/);
  });
});
