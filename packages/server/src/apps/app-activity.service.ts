import type { AppEventType } from '@bnder/shared';
import { In, type DataSource } from 'typeorm';
import { UserEntity } from '../accounts/user.entity.js';
import type { AppEventsService } from './app-events.service.js';
import { appNotFound } from './owned-app-lookup.js';

export type AppActivityEntry = {
  id: string;
  type: AppEventType;
  createdAt: Date;
  /** Null when the system recorded the event (a replayed code, a secret seen in a link). */
  actorName: string | null;
  detail: string | null;
};

/** The owner's activity log of one app, newest first; it outlives the app. */
export class AppActivityService {
  constructor(
    private readonly db: DataSource,
    private readonly events: AppEventsService,
  ) {}

  async list(ownerId: string, clientId: string): Promise<AppActivityEntry[]> {
    const events = await this.events.listForOwner(ownerId, clientId);
    // Every app's log starts with CREATED, so an empty log means not this owner's app.
    if (events.length === 0) throw appNotFound();
    const actorIds = [...new Set(events.flatMap((e) => (e.actorId ? [e.actorId] : [])))];
    const actors = actorIds.length
      ? await this.db.getRepository(UserEntity).findBy({ id: In(actorIds) })
      : [];
    const names = new Map(actors.map((user) => [user.id, user.displayName]));
    return events.map((e) => ({
      id: e.id,
      type: e.type,
      createdAt: e.createdAt,
      actorName: e.actorId ? (names.get(e.actorId) ?? null) : null,
      detail: e.detail,
    }));
  }
}
