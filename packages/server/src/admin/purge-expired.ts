import { loadConfig } from '../config/load-config.js';
import { openBnderDatabase } from '../composition/entities.js';
import { SessionsService } from '../accounts/sessions.service.js';
import { purgeExpiredGrants } from '../grants/expired-grants.js';
import { purgeEndedCounters } from '../rate-limits/database-rate-limit-store.js';
import type { Output } from './import-legacy-tokens.js';

/** How long expired tokens and codes are kept by default: as long as a refresh token lives. */
export const DEFAULT_GRACE_DAYS = 30;

const DAY_MS = 24 * 3600 * 1000;

/**
 * `purge-expired [--grace-days N]`: deletes what has expired and can never be used again, so
 * the tables hold what is live rather than everything ever issued. Tokens and codes are kept N
 * days past their expiry (see grants/expired-grants.ts for why, and for the refresh tokens of a
 * live grant, which stay); sessions and rate-limit counters go as soon as they end. Safe to run
 * on any instance at any time, and again: each batch commits alone. Prints counts only.
 */
export async function purgeExpired(graceDays: number, output: Output): Promise<number> {
  const config = loadConfig();
  const db = await openBnderDatabase(config.databaseUrl);
  try {
    const now = Date.now();
    const expiredBefore = now - graceDays * DAY_MS;
    const grants = await purgeExpiredGrants(db, expiredBefore);
    const sessions = await new SessionsService(db, config.sessionTtl).purgeExpired(now);
    const counters = await purgeEndedCounters(db, now);
    output.out(
      `Deleted ${grants.accessTokens} access tokens, ${grants.refreshTokens} refresh tokens and ` +
        `${grants.codes} authorization codes that expired before ${new Date(expiredBefore).toISOString()}`,
    );
    output.out(`Deleted ${sessions} expired sessions and ${counters} ended rate-limit counters`);
    return 0;
  } finally {
    await db.destroy();
  }
}

/** The value of `--grace-days`: a whole number of days, 0 or more. */
export function parseGraceDays(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d{1,5}$/.test(value)) return undefined;
  return Number(value);
}
