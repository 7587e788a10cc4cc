import type { AppEventType } from '@bnder/shared';
import { mapPage, type Page, type PageRequest } from '../db/keyset-page.js';
import type { UserStore } from '../accounts/user.store.js';
import type { AppEventStore } from './app-event.store.js';
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
    private readonly users: UserStore,
    private readonly events: AppEventStore,
  ) {}

  /** A page of the log; a page past its end is empty, and a log with no event is not the owner's. */
  async list(
    ownerId: string,
    clientId: string,
    page: PageRequest,
  ): Promise<Page<AppActivityEntry>> {
    const found = await this.events.listForOwner(ownerId, clientId, page);
    const events = found.items;
    // Every app's log starts with CREATED, so an empty log means not this owner's app.
    if (events.length === 0 && !(page.after && (await this.events.hasLog(ownerId, clientId)))) {
      throw appNotFound();
    }
    const names = await this.users.displayNames(
      events.flatMap((e) => (e.actorId ? [e.actorId] : [])),
    );
    return mapPage(found, (e) => ({
      id: e.id,
      type: e.type,
      createdAt: e.createdAt,
      actorName: e.actorId ? (names.get(e.actorId) ?? null) : null,
      detail: e.detail,
    }));
  }
}
