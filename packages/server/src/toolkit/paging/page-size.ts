import { badInput } from '../../errors/domain-error.js';
import type { PageRequest } from '../../db/keyset-page.js';
import { decodeCursor } from './cursor.js';

/** Rows a page holds when the client names no size. */
export const DEFAULT_PAGE_SIZE = 50;
/** The largest page a client may ask for: a page's cost stays bounded whatever the list's length. */
export const MAX_PAGE_SIZE = 100;

/** What a client sent: REST `limit` and `cursor`, GraphQL `first` and `after`. */
export type PageArguments = {
  size?: number | null;
  cursor?: string | null;
  /** The names the client used, for the error. */
  names: { size: string; cursor: string };
};

/** The page a client asked for, checked: a size of 1 to MAX_PAGE_SIZE and a cursor we gave out. */
export function pageRequest({ size, cursor, names }: PageArguments): PageRequest {
  const limit = size ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw badInput(`${names.size} must be a whole number from 1 to ${MAX_PAGE_SIZE}`, names.size);
  }
  return { limit, after: cursor ? decodeCursor(cursor, names.cursor) : null };
}
