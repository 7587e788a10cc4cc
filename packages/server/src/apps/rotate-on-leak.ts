import type { EntityManager } from 'typeorm';
import { badInput } from '../errors/domain-error.js';
import type { AppEventStore } from './app-event.store.js';
import { AppEntity } from './app.entity.js';

/** The owner's *Rotate automatically when the secret leaks* switch: true, false or left out. */
export function readRotateOnLeak(value: unknown): boolean | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean')
    throw badInput('rotateSecretOnLeak must be true or false', 'rotateSecretOnLeak');
  return value;
}

/** Sets the switch on the locked app in the caller's transaction, and logs a change. */
export async function applyRotateOnLeak(
  m: EntityManager,
  app: AppEntity,
  on: boolean | undefined,
  actorId: string,
  events: AppEventStore,
): Promise<void> {
  if (on === undefined || on === app.rotateSecretOnLeak) return;
  const changes = { rotateSecretOnLeak: on, updatedAt: new Date() };
  await m.update(AppEntity, { id: app.id }, changes);
  Object.assign(app, changes);
  await events.record(app, on ? 'ROTATE_ON_LEAK_ON' : 'ROTATE_ON_LEAK_OFF', actorId, null, m);
}
