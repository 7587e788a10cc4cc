import { displayNameSchema } from '@bnder/shared';
import { z } from 'zod';
import type { DataSource, Repository } from 'typeorm';
import { UserEntity } from '../accounts/user.entity.js';
import { notFound } from '../errors/domain-error.js';
import { validate } from '../errors/validate.js';

export type Profile = { id: string; email: string; displayName: string };

const updateProfileSchema = z.object({ displayName: displayNameSchema });

/** The signed-in user's own profile, as the resource API exposes it. */
export class ProfileService {
  private readonly users: Repository<UserEntity>;

  constructor(db: DataSource) {
    this.users = db.getRepository(UserEntity);
  }

  async get(userId: string): Promise<Profile> {
    const user = await this.users.findOneBy({ id: userId });
    if (!user) throw notFound('User');
    return { id: user.id, email: user.email, displayName: user.displayName };
  }

  async updateDisplayName(userId: string, displayName: unknown): Promise<Profile> {
    const input = validate(updateProfileSchema, { displayName });
    const result = await this.users.update(
      { id: userId },
      { displayName: input.displayName, updatedAt: new Date() },
    );
    if (!result.affected) throw notFound('User');
    return this.get(userId);
  }
}
