import { In, type DataSource, type EntityManager } from 'typeorm';
import { UserEntity } from '../accounts/user.entity.js';
import { AppEntity } from '../apps/app.entity.js';
import { newId, newOrderedId } from '../crypto/tokens.js';
import { AuthorizationEntity } from '../grants/authorization.entity.js';
import { TokenEntity } from '../grants/token.entity.js';
import { possibleTokenKeys } from '../grants/token-key.js';
import type { LegacyTokenRecord, LineProblem } from './legacy-token-file.js';
import { inTransaction } from '../db/transaction.js';

export type ResolvedRecord = LegacyTokenRecord & {
  appId: string;
  userId: string;
  tokenHash: Buffer;
};

const BATCH = 200;

/** Checks every record against the database: its app and user exist, its token is new. */
export async function resolveLegacyRecords(
  db: DataSource,
  records: LegacyTokenRecord[],
): Promise<{ resolved: ResolvedRecord[]; problems: LineProblem[] }> {
  const apps = await findAll(db, AppEntity, 'clientId', unique(records.map((r) => r.clientId)));
  const users = await findAll(db, UserEntity, 'email', unique(records.map((r) => r.userEmail)));
  // Stored under the key the bearer check looks for (the first); already stored, under any key
  // the token may have (grants/token-key.ts).
  const keysOf = records.map((r) => possibleTokenKeys(r.token));
  const stored = await findAll(db, TokenEntity, 'tokenHash', keysOf.flat());
  // Exact matches only: a MySQL collation may match client ids case-insensitively.
  const appIds = new Map(apps.map((a) => [a.clientId, a.id]));
  const userIds = new Map(users.map((u) => [u.email, u.id]));
  const storedHashes = new Set(stored.map((t) => t.tokenHash.toString('hex')));

  const problems: LineProblem[] = [];
  const resolved: ResolvedRecord[] = [];
  records.forEach((record, index) => {
    const keys = keysOf[index] ?? [];
    const tokenHash = keys[0] as Buffer;
    const appId = appIds.get(record.clientId);
    const userId = userIds.get(record.userEmail);
    const errors: string[] = [];
    if (!appId) errors.push(`no OAuth app has client_id "${record.clientId}"`);
    if (!userId) errors.push(`no user has email "${record.userEmail}"`);
    if (keys.some((key) => storedHashes.has(key.toString('hex'))))
      errors.push('the token is already stored');
    if (errors.length > 0 || !appId || !userId) {
      problems.push({ line: record.line, message: errors.join('; ') });
    } else {
      resolved.push({ ...record, appId, userId, tokenHash });
    }
  });
  return { resolved, problems };
}

/**
 * Imports the checked records in one transaction, all or none. Only keys are stored (SHA-256
 * hashes, grants/token-key.ts); the raw scope is kept, so the bearer check treats each token as
 * read-only legacy (parseStoredScope). Tokens already expired are counted, not stored.
 */
export async function insertLegacyTokens(
  db: DataSource,
  records: ResolvedRecord[],
  now = new Date(),
): Promise<{ imported: number; expired: number }> {
  const live = records.filter((r) => r.expiresAt > now);
  await inTransaction(db, async (manager) => {
    // Authorizations first: each token references its user's authorization of the app.
    await ensureAuthorizations(manager, live, now);
    await insertTokens(manager, live, now);
  });
  return { imported: live.length, expired: records.length - live.length };
}

async function insertTokens(manager: EntityManager, records: ResolvedRecord[], now: Date) {
  const rows = records.map((r) => ({
    tokenHash: r.tokenHash,
    kind: 'access' as const,
    appId: r.appId,
    userId: r.userId,
    scope: r.scope,
    grantId: `legacy:${newId()}`,
    createdAt: now,
    expiresAt: r.expiresAt,
    parentId: null,
    lastUsedAt: null,
  }));
  for (const batch of chunks(rows)) await manager.insert(TokenEntity, batch);
}

/** The bearer check needs the user's authorization of the app; an existing one is left alone. */
async function ensureAuthorizations(manager: EntityManager, records: ResolvedRecord[], now: Date) {
  const pairs = new Map<string, ResolvedRecord>();
  for (const r of records)
    if (!pairs.has(`${r.userId} ${r.appId}`)) pairs.set(`${r.userId} ${r.appId}`, r);
  for (const { userId, appId, scope } of pairs.values()) {
    if (await manager.existsBy(AuthorizationEntity, { userId, appId })) continue;
    await manager.insert(AuthorizationEntity, {
      id: newOrderedId(),
      userId,
      appId,
      scope,
      createdAt: now,
      updatedAt: now,
      lastUsedAt: null,
    });
  }
}

async function findAll<E extends object>(
  db: DataSource,
  entity: new () => E,
  column: keyof E & string,
  values: readonly (string | Buffer)[],
): Promise<E[]> {
  const found: E[] = [];
  for (const batch of chunks(values)) {
    found.push(...(await db.getRepository(entity).findBy({ [column]: In(batch) } as never)));
  }
  return found;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(items.slice(i, i + BATCH));
  return out;
}
