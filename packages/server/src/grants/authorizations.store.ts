import { keysetPage, type Page, type PageRequest } from '../db/keyset-page.js';
import { formatScopes, parseStoredScope, type Scope } from '@bnder/shared';
import type { DataSource, EntityManager, Repository } from 'typeorm';
import { newOrderedId } from '../crypto/tokens.js';
import { AuthorizationEntity } from './authorization.entity.js';

/** The user's consent per app, as the OAuth flow reads and widens it. */
export class AuthorizationsStore {
  private readonly authorizations: Repository<AuthorizationEntity>;

  constructor(db: DataSource) {
    this.authorizations = db.getRepository(AuthorizationEntity);
  }

  find(userId: string, appId: string): Promise<AuthorizationEntity | null> {
    return this.authorizations.findOneBy({ userId, appId });
  }

  /** The user's authorizations, most recently authorized first. */
  listOfUser(userId: string, page: PageRequest): Promise<Page<AuthorizationEntity>> {
    const query = this.authorizations
      .createQueryBuilder('authorization')
      .where('authorization.userId = :userId', { userId });
    return keysetPage(query, page);
  }

  /** Explicit scopes the user already granted; a legacy grant counts as none. */
  async explicitScopes(userId: string, appId: string): Promise<Scope[]> {
    const found = await this.find(userId, appId);
    if (!found) return [];
    const stored = parseStoredScope(found.scope);
    return stored.legacy ? [] : stored.scopes;
  }

  /**
   * Records consent: the approved scopes join the explicit ones already granted, and replace a
   * legacy (pre-release) scope string. One row per (user, app), enforced by a unique index.
   */
  async grant(userId: string, appId: string, approved: Scope[], m: EntityManager): Promise<void> {
    const repo = m.getRepository(AuthorizationEntity);
    const existing = await repo.findOneBy({ userId, appId });
    if (existing) return this.widen(existing, approved, m);
    const now = new Date();
    try {
      await repo.insert({
        id: newOrderedId(),
        userId,
        appId,
        scope: formatScopes(approved),
        createdAt: now,
        updatedAt: now,
        lastUsedAt: null,
      });
    } catch (error) {
      // Two consents racing for one (user, app): the unique index lets one insert win.
      const winner = await repo.findOneBy({ userId, appId });
      if (!winner) throw error;
      await this.widen(winner, approved, m);
    }
  }

  private async widen(existing: AuthorizationEntity, approved: Scope[], m: EntityManager) {
    const stored = parseStoredScope(existing.scope);
    const kept = stored.legacy ? [] : stored.scopes;
    await m
      .getRepository(AuthorizationEntity)
      .update(
        { id: existing.id },
        { scope: formatScopes([...kept, ...approved]), updatedAt: new Date() },
      );
  }
}
