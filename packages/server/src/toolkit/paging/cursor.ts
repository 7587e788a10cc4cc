import { badInput } from '../../errors/domain-error.js';
import type { SortKey } from '../../db/keyset-page.js';

// A cursor is base64url (RFC 4648 §5) of `<created_at ms>.<id>`: opaque to clients, which
// only hand it back, and checked on the way in so a forged one is a 400, never a query error.
const KEY = /^(\d{1,15})\.([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;
const BASE64URL = /^[A-Za-z0-9_-]{1,200}$/;

export function encodeCursor(key: SortKey): string {
  return Buffer.from(`${key.createdAt.getTime()}.${key.id}`, 'utf8').toString('base64url');
}

/** The sort key a cursor holds; `field` names the argument in the error. */
export function decodeCursor(cursor: string, field: string): SortKey {
  const match = BASE64URL.test(cursor)
    ? KEY.exec(Buffer.from(cursor, 'base64url').toString('utf8'))
    : null;
  if (!match?.[1] || !match[2]) {
    throw badInput(`${field} is not a cursor this list gave out`, field);
  }
  return { createdAt: new Date(Number(match[1])), id: match[2] };
}
