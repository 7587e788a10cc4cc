import type { EntityManager } from 'typeorm';
import { badInput } from '../errors/domain-error.js';
import type { AppEventStore } from './app-event.store.js';
import { AppEntity } from './app.entity.js';

/** The owner's *Require DPoP* switch (RFC 9449): true, false or left out. */
export function readRequireDpop(value: unknown): boolean | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean')
    throw badInput('requireDpop must be true or false', 'requireDpop');
  return value;
}

/**
 * Sets the switch on the locked app in the caller's transaction, and logs a change. It only
 * narrows how tokens may be obtained, so it needs no recent sign-in either way.
 */
export async function applyRequireDpop(
  m: EntityManager,
  app: AppEntity,
  on: boolean | undefined,
  actorId: string,
  events: AppEventStore,
): Promise<void> {
  if (on === undefined || on === app.requireDpop) return;
  const changes = { requireDpop: on, updatedAt: new Date() };
  await m.update(AppEntity, { id: app.id }, changes);
  Object.assign(app, changes);
  await events.record(app, on ? 'DPOP_REQUIRED_ON' : 'DPOP_REQUIRED_OFF', actorId, null, m);
}
