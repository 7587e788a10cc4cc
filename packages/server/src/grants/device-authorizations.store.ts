import { TOKEN_PREFIX, USER_CODE_ALPHABET, USER_CODE_LENGTH } from '@bnder/shared';
import { randomInt } from 'node:crypto';
import type { DataSource, EntityManager, Repository } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { randomToken, sha256Hex } from '../crypto/tokens.js';
import { violatedConstraint } from '../db/constraint-errors.js';
import { inTransaction } from '../db/transaction.js';
import { DeviceAuthorizationEntity } from './device-authorization.entity.js';

export type NewDeviceAuthorization = { appId: string; scope: string };
export type IssuedDeviceCodes = { deviceCode: string; userCode: string };

/** RFC 8628 §5.2: 256 random bits, so a device code cannot be guessed. */
const DEVICE_CODE_BYTES = 32;
// Another live request may hold the same user code (20^8 values): draw again, a few times.
const USER_CODE_ATTEMPTS = 3;

/**
 * Device requests (RFC 8628 §3.2–3.5), kept only as hashes of their codes. Every change of
 * state is one conditional UPDATE, so of two racing decisions or polls exactly one wins.
 */
export class DeviceAuthorizationsStore {
  private readonly rows: Repository<DeviceAuthorizationEntity>;

  constructor(
    private readonly db: DataSource,
    private readonly timing: { ttlSeconds: number; intervalSeconds: number },
  ) {
    this.rows = db.getRepository(DeviceAuthorizationEntity);
  }

  async issue(request: NewDeviceAuthorization): Promise<IssuedDeviceCodes> {
    // Expired requests are swept here, through the expiry index, so the table stays small.
    await this.rows
      .createQueryBuilder()
      .delete()
      .where('expires_at <= :now', { now: Date.now() })
      .execute();
    for (let attempt = 1; ; attempt += 1) {
      const deviceCode = randomToken(TOKEN_PREFIX.deviceCode, DEVICE_CODE_BYTES);
      const userCode = randomUserCode();
      const now = Date.now();
      try {
        await this.rows.insert({
          ...request,
          deviceCodeHash: sha256Hex(deviceCode),
          userCodeHash: sha256Hex(userCode),
          status: 'pending',
          userId: null,
          authTime: null,
          intervalSeconds: this.timing.intervalSeconds,
          lastPolledAt: null,
          createdAt: new Date(now),
          expiresAt: new Date(now + this.timing.ttlSeconds * 1000),
        });
        return { deviceCode, userCode };
      } catch (error) {
        if (attempt >= USER_CODE_ATTEMPTS || violatedConstraint(error) !== 'unique') throw error;
      }
    }
  }

  findByDeviceCode(deviceCode: string): Promise<DeviceAuthorizationEntity | null> {
    return this.rows.findOneBy({ deviceCodeHash: sha256Hex(deviceCode) });
  }

  /** A request still waiting for its user; `userCode` is normalized (see normalizeUserCode). */
  async findPending(userCode: string): Promise<DeviceAuthorizationEntity | null> {
    const found = await this.rows.findOneBy({
      userCodeHash: sha256Hex(userCode),
      status: 'pending',
    });
    return found && found.expiresAt.getTime() > Date.now() ? found : null;
  }

  /** The user's answer; false when the request was answered, ended or expired meanwhile. */
  async decide(
    m: EntityManager,
    userCode: string,
    decision: { status: 'approved'; userId: string; authTime: Date } | { status: 'denied' },
  ): Promise<boolean> {
    const approved = decision.status === 'approved' ? decision : null;
    const changed = await updated(
      m,
      {
        status: decision.status,
        userId: approved?.userId ?? null,
        authTime: approved?.authTime ?? null,
      },
      "user_code_hash = :hash AND status = 'pending' AND expires_at > :now",
      { hash: sha256Hex(userCode), now: Date.now() },
    );
    return changed === 1;
  }

  /**
   * RFC 8628 §3.5: records a poll of a pending request. False when it came sooner than the
   * interval after the last one; the interval then grows by 5 seconds for good.
   */
  notePoll(row: DeviceAuthorizationEntity): Promise<boolean> {
    return inTransaction(this.db, async (m) => {
      const now = new Date();
      const hash = row.deviceCodeHash;
      const onTime = await updated(
        m,
        { lastPolledAt: now },
        'device_code_hash = :hash AND (last_polled_at IS NULL OR last_polled_at <= :now - interval_seconds * 1000)',
        { hash, now: now.getTime() },
      );
      if (onTime === 1) return true;
      await updated(
        m,
        { lastPolledAt: now, intervalSeconds: () => 'interval_seconds + 5' },
        'device_code_hash = :hash',
        { hash },
      );
      return false;
    });
  }

  /** Single use (§3.5): only the one poll whose update changes the row redeems the approval. */
  async spend(m: EntityManager, row: DeviceAuthorizationEntity): Promise<boolean> {
    const changed = await updated(
      m,
      { status: 'used' },
      "device_code_hash = :hash AND status = 'approved' AND expires_at > :now",
      { hash: row.deviceCodeHash, now: Date.now() },
    );
    return changed === 1;
  }
}

/** A conditional UPDATE in the transaction, through TypeORM: how many rows it changed. */
async function updated(
  m: EntityManager,
  set: QueryDeepPartialEntity<DeviceAuthorizationEntity>,
  where: string,
  params: Record<string, unknown>,
): Promise<number> {
  const result = await m
    .createQueryBuilder()
    .update(DeviceAuthorizationEntity)
    .set(set)
    .where(where, params)
    .execute();
  return result.affected ?? 0;
}

/** Uniform over the alphabet: randomInt draws without modulo bias. */
function randomUserCode(): string {
  let code = '';
  for (let i = 0; i < USER_CODE_LENGTH; i += 1)
    code += USER_CODE_ALPHABET.charAt(randomInt(USER_CODE_ALPHABET.length));
  return code;
}
