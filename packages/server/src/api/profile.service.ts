import { displayNameSchema } from '@bnder/shared';
import { z } from 'zod';
import type { UserStore } from '../accounts/user.store.js';
import { notFound } from '../errors/domain-error.js';
import { validate } from '../errors/validate.js';

export type Profile = { id: string; email: string; displayName: string };

const updateProfileSchema = z.object({ displayName: displayNameSchema });

/** The signed-in user's own profile, as the resource API exposes it. */
export class ProfileService {
  constructor(private readonly users: UserStore) {}

  async get(userId: string): Promise<Profile> {
    const user = await this.users.findById(userId);
    if (!user) throw notFound('User');
    return { id: user.id, email: user.email, displayName: user.displayName };
  }

  async updateDisplayName(userId: string, displayName: unknown): Promise<Profile> {
    const input = validate(updateProfileSchema, { displayName });
    if (!(await this.users.rename(userId, input.displayName))) throw notFound('User');
    return this.get(userId);
  }
}
