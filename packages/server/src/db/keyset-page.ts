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
    // (created_at, id) < (t, id), with the bound on created_at spelled out for the index range.
    query.andWhere(
      `${row}.createdAt <= :afterTime AND ` +
        `(${row}.createdAt < :afterTime OR ${row}.id < :afterId)`,
      { afterTime: request.after.createdAt.getTime(), afterId: request.after.id },
    );
  }
  // Two steps: the page's keys first, read from the owner's (owner, created_at) index alone,
  // then those rows by primary key. Asked for whole rows at once, MariaDB reads the owner's
  // index entries from the newest down to the cursor (50,000 of them half-way through 10^5
  // notes) instead of seeking to it; the keys alone it seeks.
  const keys = await query
    .select([`${row}.id`, `${row}.createdAt`])
    .orderBy(`${row}.createdAt`, 'DESC')
    .addOrderBy(`${row}.id`, 'DESC')
    .limit(request.limit + 1)
    .getMany();
  const pageKeys = keys.slice(0, request.limit);
  const ids = pageKeys.map((key) => key.id);
  const target = query.expressionMap.mainAlias?.target;
  const found =
    ids.length === 0 || !target
      ? []
      : await query.connection.createQueryBuilder(target, row).whereInIds(ids).getMany();
  const byId = new Map(found.map((item) => [(item as T).id, item as T]));
  // A row deleted between the two steps is left out; the page still ends at its last key.
  const items = ids.flatMap((id) => byId.get(id) ?? []);
  const last = pageKeys.at(-1);
  const endKey = last ? { createdAt: last.createdAt, id: last.id } : null;
  return { items, endKey, hasMore: keys.length > request.limit };
}

/** The same page with its rows mapped; the key stays the one of the rows read. */
export function mapPage<T, U>(page: Page<T>, map: (item: T) => U): Page<U> {
  return { ...page, items: page.items.map(map) };
}
