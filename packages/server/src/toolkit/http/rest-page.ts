import type { FastifyReply } from 'fastify';
import type { FromSchema } from 'json-schema-to-ts';
import type { Page } from '../../db/keyset-page.js';
import type { PageRequest } from '../../db/keyset-page.js';
import { encodeCursor } from '../paging/cursor.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, pageRequest } from '../paging/page-size.js';

/** The query's schema: it validates the request and documents the parameters. */
export const pageQuery = {
  type: 'object',
  properties: {
    limit: {
      type: 'string',
      pattern: '^[0-9]+$',
      description: `How many items, 1 to ${MAX_PAGE_SIZE} (${DEFAULT_PAGE_SIZE} when left out); more is a 400`,
      examples: ['20'],
    },
    cursor: {
      type: 'string',
      description: 'The `next_cursor` of the page before; left out for the first page',
    },
  },
} as const;

/** `limit` and `cursor`, the query of every REST list (README, "Lists and paging"). */
type PageQuery = FromSchema<typeof pageQuery>;
/** What paging reads of a list request: its path and its query. */
type ListRequest = { url: string; query: PageQuery };

/** The `next_cursor` property of a list's body. */
export const nextCursorProperty = {
  type: ['string', 'null'],
  description: 'Where the next page starts: send it back as `cursor`; null on the last page',
} as const;

/** The checked page a REST request asks for; a bad limit or cursor is a 400 naming the field. */
export function restPageRequest(request: ListRequest): PageRequest {
  const { limit, cursor } = request.query;
  return pageRequest({
    size: limit === undefined ? undefined : Number(limit),
    cursor,
    names: { size: 'limit', cursor: 'cursor' },
  });
}

/** The `next_cursor` of a list's body, derived from its schema. */
type NextCursor = FromSchema<typeof nextCursorProperty>;

/**
 * The list's body `{ data, next_cursor }`; when a next page follows, its URL also goes into
 * `Link: <…>; rel="next"` (RFC 8288 §3.3), relative to the request so it survives any proxy.
 */
export function sendPage<T, U>(
  request: ListRequest,
  reply: FastifyReply,
  page: Page<T>,
  toJson: (item: T) => U,
): { data: U[]; next_cursor: NextCursor } {
  const next = page.hasMore && page.endKey ? encodeCursor(page.endKey) : null;
  if (next) {
    const path = request.url.split('?')[0] ?? '';
    const limit = request.query.limit === undefined ? '' : `limit=${request.query.limit}&`;
    reply.header('Link', `<${path}?${limit}cursor=${next}>; rel="next"`);
  }
  return { data: page.items.map(toJson), next_cursor: next };
}
