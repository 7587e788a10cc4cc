import { nextCursorProperty } from '../toolkit/http/rest-page.js';
import type { JsonOf } from '../toolkit/http/reply-types.js';
import { NOTE_BODY_MAX, NOTE_TITLE_MAX } from './note.schemas.js';

/** JSON schemas of the resource API: they validate requests and become the OpenAPI document. */

export const profile = {
  $id: 'Profile',
  type: 'object',
  description: 'The caller’s profile',
  properties: {
    id: { type: 'string', description: 'The account’s id' },
    email: { type: 'string', description: 'Sign-in email' },
    display_name: { type: 'string', description: 'The name other users see' },
  },
  required: ['id', 'email', 'display_name'],
} as const;

export const note = {
  $id: 'Note',
  type: 'object',
  description: 'A note of the caller',
  properties: {
    id: { type: 'string', description: 'The note’s id' },
    title: { type: 'string', description: 'The title' },
    body: { type: 'string', description: 'The text; empty when none was given' },
    created_at: { type: 'string', format: 'date-time', description: 'When it was created' },
    updated_at: { type: 'string', format: 'date-time', description: 'When it last changed' },
  },
  required: ['id', 'title', 'body', 'created_at', 'updated_at'],
} as const;

export const noteList = {
  $id: 'NoteList',
  type: 'object',
  description: 'A page of your notes, newest first',
  properties: {
    data: { type: 'array', items: { $ref: 'Note#' } },
    next_cursor: nextCursorProperty,
  },
  required: ['data', 'next_cursor'],
} as const;

/** The response schemas of /notes, for the API's components.schemas and the `$ref`s' types. */
export const NOTE_SCHEMAS = [note, noteList] as const;

/** A note and the caller's profile as the REST answers carry them, derived from the schemas. */
export type NoteJson = JsonOf<typeof note>;
export type ProfileJson = JsonOf<typeof profile>;

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
  properties: { id: { type: 'string', description: 'The note’s id' } },
  required: ['id'],
} as const;
