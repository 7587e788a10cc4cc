import { NOTE_BODY_MAX, NOTE_TITLE_MAX } from './note.schemas.js';

/** JSON schemas of the resource API: they validate requests and become the OpenAPI document. */

export const errorResponse = {
  type: 'object',
  description: 'An error, as RFC 6749 §5.2 shapes it',
  properties: {
    error: { type: 'string' },
    error_description: { type: 'string' },
    field: { type: 'string' },
  },
  required: ['error', 'error_description'],
} as const;

export const errorResponses = {
  400: errorResponse,
  401: errorResponse,
  403: errorResponse,
  404: errorResponse,
} as const;

export const profile = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    email: { type: 'string' },
    display_name: { type: 'string' },
  },
  required: ['id', 'email', 'display_name'],
} as const;

export const note = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    title: { type: 'string' },
    body: { type: 'string' },
    created_at: { type: 'string', format: 'date-time' },
    updated_at: { type: 'string', format: 'date-time' },
  },
  required: ['id', 'title', 'body', 'created_at', 'updated_at'],
} as const;

const title = {
  type: 'string',
  description: `1–${NOTE_TITLE_MAX} characters after trimming`,
} as const;
// Lengths are checked by the service, so the error names its field like any other.
const body = { type: 'string', description: `At most ${NOTE_BODY_MAX} characters` } as const;

export const createNoteBody = {
  type: 'object',
  properties: { title, body },
  required: ['title'],
  additionalProperties: false,
} as const;

export const updateNoteBody = {
  type: 'object',
  properties: { title, body },
  minProperties: 1,
  additionalProperties: false,
} as const;

export const updateProfileBody = {
  type: 'object',
  properties: { display_name: { type: 'string', description: '1–100 characters after trimming' } },
  required: ['display_name'],
  additionalProperties: false,
} as const;

export const noteParams = {
  type: 'object',
  properties: { id: { type: 'string' } },
  required: ['id'],
} as const;

/** Route description naming the scope a bearer token needs (RFC 6750 §3.1). */
export const needs = (scope: 'read' | 'write' | 'delete') =>
  `Needs the \`${scope}\` scope with a bearer token, or the signed-in session.`;
