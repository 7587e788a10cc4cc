import type { ConsumerRoutes } from '../toolkit/http/consumer-api.js';
import { requireScope } from '../toolkit/http/consumer-api.js';
import { securedBy } from '../toolkit/http/openapi.js';
import {
  createNoteBody,
  errorResponses,
  needs,
  note,
  noteParams,
  updateNoteBody,
} from './api.schemas.js';
import { toNoteJson } from './note.json.js';
import type { NotesService } from './notes.service.js';
import type { CreateNote, UpdateNote } from './note.schemas.js';

type ById = { Params: { id: string } };
const tags = ['Notes'];

/** /consumer/v1/notes: full CRUD on the caller's own notes; `read`, `write` and `delete` apart. */
export const notesRoutes: ConsumerRoutes<{ notes: NotesService }> = (api, { notes }) => {
  api.get(
    '/notes',
    {
      schema: {
        tags,
        summary: 'List your notes, newest first',
        description: needs('read'),
        security: securedBy('read'),
        response: {
          200: { type: 'object', properties: { data: { type: 'array', items: note } } },
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const { user } = requireScope(request, 'read');
      return { data: (await notes.list(user.id)).map(toNoteJson) };
    },
  );

  api.post<{ Body: CreateNote }>(
    '/notes',
    {
      schema: {
        tags,
        summary: 'Create a note',
        description: needs('write'),
        security: securedBy('write'),
        body: createNoteBody,
        response: { 201: note, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { user } = requireScope(request, 'write');
      const created = await notes.create(user.id, request.body);
      return reply.code(201).send(toNoteJson(created));
    },
  );

  api.get<ById>(
    '/notes/:id',
    {
      schema: {
        tags,
        summary: 'Get a note',
        description: needs('read'),
        security: securedBy('read'),
        params: noteParams,
        response: { 200: note, ...errorResponses },
      },
    },
    async (request) => {
      const { user } = requireScope(request, 'read');
      return toNoteJson(await notes.get(user.id, request.params.id));
    },
  );

  api.patch<ById & { Body: UpdateNote }>(
    '/notes/:id',
    {
      schema: {
        tags,
        summary: 'Change a note’s title or body',
        description: needs('write'),
        security: securedBy('write'),
        params: noteParams,
        body: updateNoteBody,
        response: { 200: note, ...errorResponses },
      },
    },
    async (request) => {
      const { user } = requireScope(request, 'write');
      return toNoteJson(await notes.update(user.id, request.params.id, request.body));
    },
  );

  api.delete<ById>(
    '/notes/:id',
    {
      schema: {
        tags,
        summary: 'Delete a note',
        description: needs('delete'),
        security: securedBy('delete'),
        params: noteParams,
        response: { 204: { type: 'null', description: 'Deleted' }, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { user } = requireScope(request, 'delete');
      await notes.delete(user.id, request.params.id);
      return reply.code(204).send();
    },
  );
};
