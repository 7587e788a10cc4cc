import type { EntityManager, Repository } from 'typeorm';
import { notFound } from '../errors/domain-error.js';
import { AppEntity } from './app.entity.js';

/** Another user's app is reported exactly like a missing one, so client ids do not leak. */
export const appNotFound = () => notFound('OAuth app');

export async function findOwnedApp(
  apps: Repository<AppEntity>,
  ownerId: string,
  clientId: string,
): Promise<AppEntity> {
  const app = await apps.findOneBy({ ownerId, clientId });
  if (!app) throw appNotFound();
  return app;
}

/**
 * Reads the owner's app inside a transaction and locks its row on MySQL, so two instances
 * changing the same app serialise (SQLite already serialises writers).
 */
export async function lockOwnedApp(
  manager: EntityManager,
  ownerId: string,
  clientId: string,
): Promise<AppEntity> {
  const isMysql = manager.connection.options.type === 'mysql';
  const app = await manager.findOne(AppEntity, {
    where: { ownerId, clientId },
    ...(isMysql ? { lock: { mode: 'pessimistic_write' as const } } : {}),
  });
  if (!app) throw appNotFound();
  return app;
}
