import { APP_EVENT_TYPES } from '@bnder/shared';
import { nextCursorProperty } from '../toolkit/http/rest-page.js';
import type { JsonOf } from '../toolkit/http/reply-types.js';
import type { AppActivityEntry } from './app-activity.service.js';

/** JSON schemas and examples of an app's activity log over REST, for validation and OpenAPI. */
export const appEvent = {
  $id: 'OAuthClientEvent',
  type: 'object',
  description: 'One entry of an app’s activity log; never a secret',
  properties: {
    id: { type: 'string', description: 'The entry’s id' },
    type: { type: 'string', enum: APP_EVENT_TYPES, description: 'What happened' },
    created_at: { type: 'string', format: 'date-time', description: 'When it happened' },
    actor_name: { type: ['string', 'null'], description: 'Who acted; null when the system did' },
    detail: { type: ['string', 'null'], description: 'What changed, in words' },
  },
  required: ['id', 'type', 'created_at', 'actor_name', 'detail'],
} as const;

export const appEventList = {
  $id: 'OAuthClientEventList',
  type: 'object',
  description: 'A page of an app’s activity log, newest first',
  properties: {
    data: { type: 'array', items: { $ref: 'OAuthClientEvent#' } },
    next_cursor: nextCursorProperty,
  },
  required: ['data', 'next_cursor'],
} as const;

/** The response schemas above, for the API's components.schemas and the `$ref`s' types. */
export const APP_EVENT_SCHEMAS = [appEvent, appEventList] as const;

export function toAppEventJson(entry: AppActivityEntry): JsonOf<typeof appEvent> {
  return {
    id: entry.id,
    type: entry.type,
    created_at: entry.createdAt.toISOString(),
    actor_name: entry.actorName,
    detail: entry.detail,
  };
}

export const APP_EVENT_EXAMPLES = {
  events: {
    created: {
      summary: 'A new app’s log, the last page',
      value: {
        data: [
          {
            id: '019a1b2c-3d4e-7f60-8a9b-0c1d2e3f4a5b',
            type: 'CREATED',
            created_at: '2026-01-05T09:30:00.000Z',
            actor_name: 'Ada',
            detail: '"Notes sync"',
          },
        ],
        next_cursor: null,
      },
    },
  },
};
