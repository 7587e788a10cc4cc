import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** Where a list stands: the sort key of the last row a page showed. */
export type SortKey = { createdAt: Date; id: string };

/** One page of a newest-first list: at most `limit` rows after `after` (none: from the start). */
export type PageRequest = { limit: number; after: SortKey | null };

/**
 * The rows of a page; the key of its last row read (null when it is empty); and whether more
 * follow, after that key.
 */
export type Page<T> = { items: T[]; endKey: SortKey | null; hasMore: boolean };

/**
 * Keyset paging over `created_at DESC, id DESC` (ids are time-ordered UUIDv7, so they break
 * ties in insertion order). A page starts strictly after the last key shown, so rows inserted
 * meanwhile never shift a page the way an OFFSET would, and the database reads only the rows
 * it returns (plus one, to know whether more follow) whatever the list's length.
 */
export async function keysetPage<T extends ObjectLiteral & SortKey>(
  query: SelectQueryBuilder<T>,
  request: PageRequest,
): Promise<Page<T>> {
  const row = query.alias;
  if (request.after) {
    query.andWhere(
      `(${row}.createdAt < :afterTime OR (${row}.createdAt = :afterTime AND ${row}.id < :afterId))`,
      { afterTime: request.after.createdAt.getTime(), afterId: request.after.id },
    );
  }
  const rows = await query
    .orderBy(`${row}.createdAt`, 'DESC')
    .addOrderBy(`${row}.id`, 'DESC')
    .limit(request.limit + 1)
    .getMany();
  const items = rows.slice(0, request.limit);
  const last = items.at(-1);
  const endKey = last ? { createdAt: last.createdAt, id: last.id } : null;
  return { items, endKey, hasMore: rows.length > request.limit };
}

/** The same page with its rows mapped; the key stays the one of the rows read. */
export function mapPage<T, U>(page: Page<T>, map: (item: T) => U): Page<U> {
  return { ...page, items: page.items.map(map) };
}
