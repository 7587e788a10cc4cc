import type { EntityManager } from 'typeorm';
import { badInput } from '../errors/domain-error.js';
import { ID_TOKEN_ALGS, isIdTokenAlg, type IdTokenAlg } from '../grants/id-token-algs.js';
import type { AppEventStore } from './app-event.store.js';
import { AppEntity } from './app.entity.js';

/**
 * The app's `id_token_signed_response_alg` (OpenID Connect Dynamic Client Registration 1.0
 * §2): one of ID_TOKEN_ALGS, or left out.
 */
export function readIdTokenSigningAlg(value: unknown): IdTokenAlg | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isIdTokenAlg(value))
    throw badInput(
      `idTokenSignedResponseAlg must be one of ${ID_TOKEN_ALGS.join(', ')}`,
      'idTokenSignedResponseAlg',
    );
  return value;
}

/** The activity log's detail of a change: the algorithm before and after (public names only). */
export function idTokenAlgDetail(from: IdTokenAlg, to: IdTokenAlg): string {
  return `${from} → ${to}`;
}

/**
 * Sets the algorithm on the locked app in the caller's transaction, and logs a change. Either
 * one is verifiable with the published JWKS, so the change needs no recent sign-in.
 */
export async function applyIdTokenSigningAlg(
  m: EntityManager,
  app: AppEntity,
  alg: IdTokenAlg | undefined,
  actorId: string,
  events: AppEventStore,
): Promise<void> {
  if (alg === undefined || alg === app.idTokenSignedResponseAlg) return;
  const detail = idTokenAlgDetail(app.idTokenSignedResponseAlg, alg);
  const changes = { idTokenSignedResponseAlg: alg, updatedAt: new Date() };
  await m.update(AppEntity, { id: app.id }, changes);
  Object.assign(app, changes);
  await events.record(app, 'ID_TOKEN_SIGNING_ALG_CHANGED', actorId, detail, m);
}
