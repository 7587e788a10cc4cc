import type { EntityManager } from 'typeorm';
import { badInput } from '../errors/domain-error.js';
import type { AppEventStore } from './app-event.store.js';
import { AppEntity } from './app.entity.js';

/** The owner's *Require pushed authorization requests* switch (RFC 9126 §5): true, false or left out. */
export function readRequirePushed(value: unknown): boolean | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean')
    throw badInput(
      'requirePushedAuthorizationRequests must be true or false',
      'requirePushedAuthorizationRequests',
    );
  return value;
}

/** Sets the switch on the locked app in the caller's transaction, and logs a change. */
export async function applyRequirePushed(
  m: EntityManager,
  app: AppEntity,
  on: boolean | undefined,
  actorId: string,
  events: AppEventStore,
): Promise<void> {
  if (on === undefined || on === app.requirePushedAuthorizationRequests) return;
  const changes = { requirePushedAuthorizationRequests: on, updatedAt: new Date() };
  await m.update(AppEntity, { id: app.id }, changes);
  Object.assign(app, changes);
  const type = on ? 'PUSHED_REQUESTS_REQUIRED_ON' : 'PUSHED_REQUESTS_REQUIRED_OFF';
  await events.record(app, type, actorId, null, m);
}
