import type { DataSource, EntityManager, Repository } from 'typeorm';
import { newId } from '../crypto/tokens.js';
import { AuthorizationRequestEntity } from './authorization-request.entity.js';

/** An authorize request that passed every check, as stored while the user decides. */
export type ValidatedRequest = Omit<AuthorizationRequestEntity, 'id' | 'expiresAt'>;

const REQUEST_TTL_MS = 10 * 60 * 1000;

/** Pending consents, kept server-side so the consent page can trust nothing from the browser. */
export class AuthorizationRequestStore {
  private readonly requests: Repository<AuthorizationRequestEntity>;

  constructor(db: DataSource) {
    this.requests = db.getRepository(AuthorizationRequestEntity);
  }

  async create(request: ValidatedRequest): Promise<string> {
    // Abandoned requests are swept here, through the expiry index, so the table stays small.
    await this.requests
      .createQueryBuilder()
      .delete()
      .where('expires_at <= :now', { now: Date.now() })
      .execute();
    const id = newId();
    await this.requests.insert({
      ...request,
      id,
      expiresAt: new Date(Date.now() + REQUEST_TTL_MS),
    });
    return id;
  }

  /** The user's own unexpired request; another user's request is as good as absent. */
  async findForUser(id: string, userId: string): Promise<AuthorizationRequestEntity | null> {
    const found = await this.requests.findOneBy({ id, userId });
    return found && found.expiresAt.getTime() > Date.now() ? found : null;
  }

  /** Single use: deletes the request, and only the one caller whose delete removed it wins. */
  async take(id: string, userId: string, manager: EntityManager): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .delete()
      .from(AuthorizationRequestEntity)
      .where('id = :id AND user_id = :userId AND expires_at > :now', {
        id,
        userId,
        now: Date.now(),
      })
      .execute();
    return (result.affected ?? 0) === 1;
  }
}
