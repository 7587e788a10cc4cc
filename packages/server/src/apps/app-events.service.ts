import type { AppEventType } from '@bnder/shared';
import type { DataSource, EntityManager, Repository } from 'typeorm';
import { newId } from '../crypto/tokens.js';
import { AppEventEntity } from './app-event.entity.js';

export type AppRef = { clientId: string; ownerId: string };

/** The owner's activity log. Callers pass the transaction's manager so an event commits with its change. */
export class AppEventsService {
  private readonly events: Repository<AppEventEntity>;

  constructor(db: DataSource) {
    this.events = db.getRepository(AppEventEntity);
  }

  async record(
    app: AppRef,
    type: AppEventType,
    actorId: string | null,
    detail: string | null = null,
    manager?: EntityManager,
  ): Promise<void> {
    const repo = manager ? manager.getRepository(AppEventEntity) : this.events;
    await repo.insert({
      id: newId(),
      clientId: app.clientId,
      ownerId: app.ownerId,
      actorId,
      type,
      detail,
      createdAt: new Date(),
    });
  }

  /** Newest first; only the owner's events, and they outlive the app. */
  listForOwner(ownerId: string, clientId: string, limit = 100): Promise<AppEventEntity[]> {
    return this.events.find({
      where: { ownerId, clientId },
      order: { createdAt: 'DESC' },
      take: limit,
    });
  }
}
