import type { DataSource, Repository } from 'typeorm';
import { randomToken, sha256Hex } from '../crypto/tokens.js';
import { PushedRequestEntity } from './pushed-request.entity.js';

/** RFC 9126 §2.2: the request_uri is a URN of this namespace and a random reference. */
export const REQUEST_URI_PREFIX = 'urn:ietf:params:oauth:request_uri:';

export type PushedParams = Record<string, string>;

/** What the authorize endpoint learns of a request_uri: the pushed request, or why not. */
export type PushedLookup =
  | { kind: 'found'; referenceHash: string; appId: string; params: PushedParams; pushedAt: Date }
  | { kind: 'unknown' | 'expired' | 'used' };

/**
 * Pushed authorization requests: random references, stored only as their SHA-256, short-lived
 * and single use (RFC 9126 §4, §7.3).
 */
export class PushedRequestStore {
  private readonly requests: Repository<PushedRequestEntity>;

  constructor(
    db: DataSource,
    private readonly ttlSeconds: number,
  ) {
    this.requests = db.getRepository(PushedRequestEntity);
  }

  async push(
    appId: string,
    params: PushedParams,
  ): Promise<{ requestUri: string; expiresIn: number }> {
    // Old rows are swept here, through the expiry index, so the table stays small.
    await this.requests
      .createQueryBuilder()
      .delete()
      .where('expires_at <= :now', { now: Date.now() })
      .execute();
    const reference = randomToken('', 32);
    await this.requests.insert({
      referenceHash: sha256Hex(reference),
      appId,
      params: JSON.stringify(params),
      expiresAt: new Date(Date.now() + this.ttlSeconds * 1000),
      usedAt: null,
    });
    return { requestUri: REQUEST_URI_PREFIX + reference, expiresIn: this.ttlSeconds };
  }

  /** Reads without spending it: a signed-out visit only sends the user to sign in first. */
  async find(requestUri: string): Promise<PushedLookup> {
    if (!requestUri.startsWith(REQUEST_URI_PREFIX)) return { kind: 'unknown' };
    const referenceHash = sha256Hex(requestUri.slice(REQUEST_URI_PREFIX.length));
    const row = await this.requests.findOneBy({ referenceHash });
    if (!row) return { kind: 'unknown' };
    if (row.usedAt !== null) return { kind: 'used' };
    if (row.expiresAt.getTime() <= Date.now()) return { kind: 'expired' };
    return {
      kind: 'found',
      referenceHash,
      appId: row.appId,
      params: JSON.parse(row.params) as PushedParams,
      pushedAt: new Date(row.expiresAt.getTime() - this.ttlSeconds * 1000),
    };
  }

  /**
   * RFC 9126 §4 single use, decided by one conditional update: of two racing authorize requests,
   * on one instance or on two database nodes, exactly one sees a changed row.
   */
  async take(referenceHash: string, appId: string): Promise<boolean> {
    const now = Date.now();
    const result = await this.requests
      .createQueryBuilder()
      .update(PushedRequestEntity)
      .set({ usedAt: new Date(now) })
      .where(
        'reference_hash = :referenceHash AND app_id = :appId AND used_at IS NULL AND expires_at > :now',
        { referenceHash, appId, now },
      )
      .execute();
    return result.affected === 1;
  }
}
