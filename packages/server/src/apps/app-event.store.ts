import type { AppEventType } from '@bnder/shared';
import type { DataSource, EntityManager, Repository } from 'typeorm';
import { keysetPage, type Page, type PageRequest } from '../db/keyset-page.js';
import { newOrderedId } from '../crypto/tokens.js';
import { AppEventEntity } from './app-event.entity.js';

export type AppRef = { clientId: string; ownerId: string };

/** The owner's activity log. Callers pass the transaction's manager so an event commits with its change. */
export class AppEventStore {
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
  listForOwner(
    ownerId: string,
    clientId: string,
    page: PageRequest,
  ): Promise<Page<AppEventEntity>> {
    const query = this.events
      .createQueryBuilder('event')
      .where('event.ownerId = :ownerId AND event.clientId = :clientId', { ownerId, clientId });
    return keysetPage(query, page);
  }

  /** Whether the owner has any event of the app: every app's log starts with CREATED. */
  async hasLog(ownerId: string, clientId: string): Promise<boolean> {
    return (
      (await this.events.findOne({ where: { ownerId, clientId }, select: { id: true } })) !== null
    );
  }
}
