import type { DataSource } from 'typeorm';
import { fastQuery, type FastQuery } from '../db/fast-query.js';

/**
 * The one last-used policy: a token's, a consent's and an app's last-used time are each written
 * at most once per this interval, so a busy integration does not pay a write per request.
 */
export const LAST_USED_GRANULARITY_MS = 60_000;

/** Whether a last-used time is old enough to write again. */
export function isStale(at: Date | null, now: number): boolean {
  return at === null || now - at.getTime() >= LAST_USED_GRANULARITY_MS;
}

type Use = { appId: string; userId: string };

/** Records use of a token, of the user's consent and of the app, per LAST_USED_GRANULARITY_MS. */
export class LastUsedPolicy {
  private readonly query: FastQuery;

  constructor(db: DataSource) {
    this.query = fastQuery(db);
  }

  /**
   * The bearer check found the token's time stale: written off the request's path, and the
   * consent and app only where theirs are stale too (conditional updates).
   */
  tokenUsed(token: Use & { id: string }, now: number): void {
    // Not awaited: the API call must not wait for bookkeeping; allSettled never rejects.
    void Promise.allSettled([
      this.query('UPDATE oauth_tokens SET last_used_at = ? WHERE id = ?', [now, token.id]),
      this.consentUsed(token, now),
      this.appUsed(token.appId, now),
    ]);
  }

  /**
   * Tokens were issued: written after the issuing transaction commits, since inside it these
   * row locks would order against the foreign-key locks of concurrent inserts and could deadlock
   * on MySQL. A known fresh time (the caller read it) skips the write; unknown (undefined) lets
   * the database decide with a conditional update.
   */
  async tokensIssued(
    app: { id: string; lastUsedAt: Date | null },
    userId: string,
    consentLastUsedAt?: Date | null,
  ): Promise<void> {
    const now = Date.now();
    const writes: Promise<unknown>[] = [];
    if (consentLastUsedAt === undefined || isStale(consentLastUsedAt, now))
      writes.push(this.consentUsed({ appId: app.id, userId }, now));
    if (isStale(app.lastUsedAt, now)) writes.push(this.appUsed(app.id, now));
    await Promise.all(writes);
  }

  private consentUsed({ appId, userId }: Use, now: number): Promise<unknown> {
    return this.query(
      'UPDATE oauth_authorizations SET last_used_at = ? WHERE app_id = ? AND user_id = ? AND (last_used_at IS NULL OR last_used_at < ?)',
      [now, appId, userId, now - LAST_USED_GRANULARITY_MS],
    );
  }

  /**
   * The app's column of oauth_apps, which apps/ owns, is written here all the same: it is the
   * same conditional write as the other two, under the same policy, and grants/ sits below apps/.
   */
  private appUsed(appId: string, now: number): Promise<unknown> {
    return this.query(
      'UPDATE oauth_apps SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?)',
      [now, appId, now - LAST_USED_GRANULARITY_MS],
    );
  }
}
