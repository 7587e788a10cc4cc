import type { AppEventType } from '@bnder/shared';
import type { DataSource, EntityManager, Repository } from 'typeorm';
import { newOrderedId } from '../crypto/tokens.js';
import { AppEventEntity } from './app-event.entity.js';

export type AppRef = { clientId: string; ownerId: string };

/** The owner's activity log. Callers pass the transaction's manager so an event commits with its change. */
export class AppEventsService {
  private readonly events: Repository<AppEventEntity>;
  /** The time of each transaction's first event, which its later events share. */
  private readonly changeTimes = new WeakMap<EntityManager, Date>();

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
      id: newOrderedId(),
      clientId: app.clientId,
      ownerId: app.ownerId,
      actorId,
      type,
      detail,
      createdAt: manager ? this.changeTime(manager) : new Date(),
    });
  }

  /**
   * The events of one change (one transaction) carry the change's time, so a list orders them
   * by their time-ordered ids (see newOrderedId) in the order they were recorded.
   */
  private changeTime(manager: EntityManager): Date {
    let time = this.changeTimes.get(manager);
    if (!time) {
      time = new Date();
      this.changeTimes.set(manager, time);
    }
    return time;
  }

  /** Newest first, and of one change the last recorded first; only the owner's events, which outlive the app. */
  listForOwner(ownerId: string, clientId: string, limit = 100): Promise<AppEventEntity[]> {
    return this.events.find({
      where: { ownerId, clientId },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: limit,
    });
  }
}
