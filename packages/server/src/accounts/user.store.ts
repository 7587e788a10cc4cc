import { In, type DataSource, type Repository } from 'typeorm';
import { UserEntity } from './user.entity.js';

/** The users table as the rest of the product reads it: other features come here, not to SQL. */
export class UserStore {
  private readonly users: Repository<UserEntity>;

  constructor(db: DataSource) {
    this.users = db.getRepository(UserEntity);
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ id });
  }

  /** Display names by user id; unknown ids are left out. */
  async displayNames(ids: readonly string[]): Promise<Map<string, string>> {
    const unique = [...new Set(ids)];
    const found = unique.length ? await this.users.findBy({ id: In(unique) }) : [];
    return new Map(found.map((user) => [user.id, user.displayName]));
  }

  /** False when there is no such user. */
  async rename(id: string, displayName: string): Promise<boolean> {
    const result = await this.users.update({ id }, { displayName, updatedAt: new Date() });
    return (result.affected ?? 0) > 0;
  }
}

/** A bearer check's profile: the user's columns it reads beside the token (see profileJoin). */
export type JoinedProfile = { email: string; displayName: string };

/**
 * The users table joined to another table's query, for the bearer check that shows the caller's
 * profile (grants/access-token.store.ts), so it pays one round trip for token and profile.
 */
export function profileJoin(userIdColumn: string): { columns: string; join: string } {
  return { columns: 'u.email, u.display_name', join: `JOIN users u ON u.id = ${userIdColumn}` };
}

/** The profile a profileJoin read into `row`. */
export function profileFrom(row: { email: string; display_name: string }): JoinedProfile {
  return { email: row.email, displayName: row.display_name };
}
