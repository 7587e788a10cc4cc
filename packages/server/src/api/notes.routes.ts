import type { ConsumerRoutes } from '../toolkit/http/consumer-api.js';
import { addResponseSchemas, requireScope } from '../toolkit/http/consumer-api.js';
import { needs, securedBy } from '../toolkit/http/openapi.js';
import { jsonAnswer, noContent } from '../toolkit/http/openapi-responses.js';
import { pageQuery, restPageRequest, sendPage } from '../toolkit/http/rest-page.js';
import { API_EXAMPLES } from './api.examples.js';
import {
  NOTE_SCHEMAS,
  createNoteBody,
  note,
  noteList,
  noteParams,
  updateNoteBody,
} from './api.schemas.js';
import { toNoteJson } from './note.json.js';
import type { NotesService } from './notes.service.js';

const tags = ['Notes'];

/** /consumer/v1/notes: full CRUD on the caller's own notes; `read`, `write` and `delete` apart. */
export const notesRoutes: ConsumerRoutes<{ notes: NotesService }> = (consumerApi, { notes }) => {
  const api = addResponseSchemas(consumerApi, NOTE_SCHEMAS);

  api.get(
    '/notes',
    {
      schema: {
        tags,
        operationId: 'listNotes',
        summary: 'List your notes, newest first, a page at a time',
        description: needs('read'),
        security: securedBy('read'),
        querystring: pageQuery,
        response: {
          200: jsonAnswer('A page of your notes', noteList, API_EXAMPLES.notes, {
            Link: 'NextPage',
          }),
        },
      },
    },
    async (request, reply) => {
      const { user } = requireScope(request, 'read');
      const page = await notes.list(user.id, restPageRequest(request));
      return sendPage(request, reply, page, toNoteJson);
    },
  );

  api.post(
    '/notes',
    {
      schema: {
        tags,
        operationId: 'createNote',
        summary: 'Create a note',
        description: needs('write'),
        security: securedBy('write'),
        body: createNoteBody,
        response: { 201: jsonAnswer('The new note', note, API_EXAMPLES.note) },
      },
    },
    async (request, reply) => {
      const { user } = requireScope(request, 'write');
      const created = await notes.create(user.id, request.body);
      // The status apart and the body returned: the type provider checks a returned body.
      reply.code(201);
      return toNoteJson(created);
    },
  );

  api.get(
    '/notes/:id',
    {
      schema: {
        tags,
        operationId: 'getNote',
        summary: 'Get a note',
        description: needs('read'),
        security: securedBy('read'),
        params: noteParams,
        response: { 200: jsonAnswer('The note', note, API_EXAMPLES.note) },
      },
    },
    async (request) => {
      const { user } = requireScope(request, 'read');
      return toNoteJson(await notes.get(user.id, request.params.id));
    },
  );

  api.patch(
    '/notes/:id',
    {
      schema: {
        tags,
        operationId: 'updateNote',
        summary: 'Change a note’s title or body',
        description: needs('write'),
        security: securedBy('write'),
        params: noteParams,
        body: updateNoteBody,
        response: { 200: jsonAnswer('The note after the change', note, API_EXAMPLES.note) },
      },
    },
    async (request) => {
      const { user } = requireScope(request, 'write');
      return toNoteJson(await notes.update(user.id, request.params.id, request.body));
    },
  );

  api.delete(
    '/notes/:id',
    {
      schema: {
        tags,
        operationId: 'deleteNote',
        summary: 'Delete a note',
        description: needs('delete'),
        security: securedBy('delete'),
        params: noteParams,
        response: { 204: noContent('Deleted') },
      },
    },
    async (request, reply) => {
      const { user } = requireScope(request, 'delete');
      await notes.delete(user.id, request.params.id);
      // The 204 schema is `null`; Fastify sends a 204 without a body (RFC 9110 §15.3.5).
      return reply.code(204).send(null);
    },
  );
};
