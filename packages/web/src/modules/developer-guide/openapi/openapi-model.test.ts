import { describe, expect, it } from 'vitest';
import {
  firstExample,
  operationsByTag,
  requiredScopes,
  resolveSchema,
  typeLabel,
  type OpenApiDocument,
} from './openapi-model';

const DOCUMENT: OpenApiDocument = {
  openapi: '3.1.0',
  info: { title: 'Bnder API', version: '1.0.0' },
  paths: {
    '/consumer/v1/me': {
      get: { operationId: 'getProfile', tags: ['Profile'], security: [{ oauth2: ['read'] }] },
    },
    '/consumer/v1/notes/{id}': {
      get: { tags: ['Notes'] },
      delete: { operationId: 'deleteNote', tags: ['Notes'] },
    },
  },
  components: {
    schemas: {
      Note: { type: 'object', properties: { tags: { type: 'array', items: { type: 'string' } } } },
    },
  },
};

describe('the OpenAPI model', () => {
  it('groups operations by tag in the document’s order, with stable anchors', () => {
    expect(
      operationsByTag(DOCUMENT).map((g) => [g.tag, g.operations.map((o) => `${o.method} ${o.id}`)]),
    ).toEqual([
      ['Profile', ['get getProfile']],
      ['Notes', ['get get-consumer-v1-notes-id-', 'delete deleteNote']],
    ]);
  });

  it('resolves local schema references and names types', () => {
    const note = resolveSchema(DOCUMENT, { $ref: '#/components/schemas/Note' });
    expect(note.properties?.tags).toBeDefined();
    expect(typeLabel(DOCUMENT, note.properties?.tags ?? {})).toBe('array of string');
    expect(typeLabel(DOCUMENT, { type: ['string', 'null'], format: 'date-time' })).toBe(
      'string (date-time) or null',
    );
  });

  it('finds the first example and the scopes a token needs', () => {
    expect(firstExample({ examples: { a: { value: { id: 1 } } } })).toEqual({ id: 1 });
    expect(firstExample(undefined)).toBeUndefined();
    expect(requiredScopes(DOCUMENT.paths['/consumer/v1/me']?.get ?? {})).toEqual(['read']);
  });
});
