import type { DataSource } from 'typeorm';
import { purgeRows } from '../db/expired-rows.js';

export type PurgedGrants = { accessTokens: number; refreshTokens: number; codes: number };

/**
 * Tokens and codes past their expiry, which nothing can use any more but which would otherwise
 * stay forever: every refresh adds two rows. `expiredBefore` (epoch ms) leaves the recently
 * expired ones, so a replayed code or a leaked token of that time is still known and still
 * revokes its grant (RFC 6749 §4.1.2, RFC 9700 §4.14.2).
 *
 * A refresh token goes only once no refresh token names it as its parent: a chain is deleted
 * from its newest end, and only once that end has expired. While a grant lives, every spent
 * refresh token of it stays, so presenting one, however old, still revokes the live end. A spent
 * token's successor cannot come back once deleted, so the DELETE need not ask that again.
 */
export async function purgeExpiredGrants(
  db: DataSource,
  expiredBefore: number,
): Promise<PurgedGrants> {
  const accessTokens = await purgeRows(db, {
    table: 'oauth_tokens',
    key: 'id',
    where: "kind = 'access' AND expires_at < ?",
    params: [expiredBefore],
  });
  const refreshTokens = await purgeRows(db, {
    table: 'oauth_tokens',
    key: 'id',
    where: "kind = 'refresh' AND expires_at < ?",
    params: [expiredBefore],
    // The one-row look-up of the unique key (parent_id, kind).
    lookUpAlso: {
      where: `NOT EXISTS (SELECT 1 FROM oauth_tokens successor
        WHERE successor.parent_id = t.id AND successor.kind = 'refresh')`,
      params: [],
    },
  });
  const codes = await purgeRows(db, {
    table: 'oauth_authorization_codes',
    key: 'code_hash',
    where: 'expires_at < ?',
    params: [expiredBefore],
  });
  return { accessTokens, refreshTokens, codes };
}
