import type { DataSource, EntityManager, Repository } from 'typeorm';
import { violatedConstraint } from '../db/constraint-errors.js';
import { GrantSignInEntity } from './grant-sign-in.entity.js';
import type { Grant } from './grant-revocation.service.js';

/** Expired rows are swept at most this often per instance, through the expiry index. */
const SWEEP_EVERY_MS = 60 * 1000;

/**
 * The sign-in time behind each OpenID grant, for the ID tokens of its refreshes (OIDC §12.2).
 * A row lives as long as its grant: revocations delete it with the grant's tokens
 * (grant-revocation.service.ts), the foreign key to the user's authorization of the app takes it
 * when that goes, and once every refresh token of the grant has expired a sweep removes it.
 */
export class GrantSignInStore {
  private readonly rows: Repository<GrantSignInEntity>;
  private readonly refreshMs: number;
  /** A row lives at least one refresh lifetime, so sweeping more often than that finds little. */
  private readonly sweepEveryMs: number;
  private lastSweep = 0;

  constructor(
    private readonly db: DataSource,
    refreshTokenTtlSeconds: number,
  ) {
    this.rows = db.getRepository(GrantSignInEntity);
    this.refreshMs = refreshTokenTtlSeconds * 1000;
    this.sweepEveryMs = Math.min(SWEEP_EVERY_MS, this.refreshMs);
  }

  /** In the transaction that issues the grant's first tokens. */
  async record(m: EntityManager, grant: Grant, authTime: Date): Promise<void> {
    await m.getRepository(GrantSignInEntity).insert(this.rowOf(grant, authTime));
    this.sweep();
  }

  /**
   * Alone, after the code exchange has won its code (see authorization-code.grant.ts). If the
   * user revoked the app's access in between, the foreign key refuses the row: the grant is
   * gone, and so is the need for it.
   */
  async recordAlone(grant: Grant, authTime: Date): Promise<void> {
    try {
      await this.rows.insert(this.rowOf(grant, authTime));
    } catch (error) {
      if (violatedConstraint(error) !== 'foreign-key') throw error;
    }
    this.sweep();
  }

  /**
   * At a refresh of the grant, after its new refresh token was issued: the auth_time, and the
   * row kept for as long as that token lives. The expiry is pushed two lifetimes ahead once less
   * than one is left, so the row outlives every refresh token of the grant with one write per
   * refresh lifetime instead of one per refresh.
   */
  async authTimeOnRefresh(grantId: string): Promise<Date | null> {
    const row = await this.rows.findOneBy({ grantId });
    if (!row) return null;
    const now = Date.now();
    if (row.expiresAt.getTime() < now + this.refreshMs)
      await this.rows.update({ grantId }, { expiresAt: new Date(now + 2 * this.refreshMs) });
    return row.authTime;
  }

  private rowOf(grant: Grant, authTime: Date): GrantSignInEntity {
    const now = Date.now();
    // The grant's first refresh token was issued just before, with this lifetime.
    return Object.assign(new GrantSignInEntity(), {
      grantId: grant.grantId,
      appId: grant.appId,
      userId: grant.userId,
      authTime,
      createdAt: new Date(now),
      expiresAt: new Date(now + this.refreshMs),
    });
  }

  /** In the background: a failed sweep only leaves rows for the next one. */
  private sweep(): void {
    const now = Date.now();
    if (now - this.lastSweep < this.sweepEveryMs) return;
    this.lastSweep = now;
    this.db
      .createQueryBuilder()
      .delete()
      .from(GrantSignInEntity)
      .where('expires_at <= :now', { now })
      .execute()
      .catch(() => undefined);
  }
}
