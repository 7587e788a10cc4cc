import { APP_IDENTITY_FIELDS, appProfileSchema, type AppIdentityField } from '@bnder/shared';
import type { EntityManager } from 'typeorm';
import { validate } from '../errors/validate.js';
import type { AppEventStore } from './app-event.store.js';
import { AppEntity } from './app.entity.js';

/** Who the app is and whether it allows the device flow: each optional, null clears a link. */
export type AppProfilePatch = {
  description?: unknown;
  homepageUrl?: unknown;
  privacyPolicyUrl?: unknown;
  termsOfServiceUrl?: unknown;
  allowDeviceFlow?: unknown;
};

export type AppProfile = Partial<Record<AppIdentityField, string | null>> & {
  allowDeviceFlow?: boolean;
};

const FIELD_WORDS: Record<AppIdentityField, string> = {
  description: 'description',
  homepageUrl: 'homepage',
  privacyPolicyUrl: 'privacy policy',
  termsOfServiceUrl: 'terms of service',
};

/** Checked by the shared schema, so the app page's form and the server agree. */
export function validProfile(patch: AppProfilePatch): AppProfile {
  return validate(appProfileSchema, patch);
}

/**
 * Applies the profile to the locked app in the caller's transaction, and logs each kind of
 * change: the identity fields as one entry naming them, the device-flow switch as its own.
 */
export async function applyProfile(
  m: EntityManager,
  app: AppEntity,
  profile: AppProfile,
  actorId: string,
  events: AppEventStore,
): Promise<void> {
  const changed = APP_IDENTITY_FIELDS.filter(
    (field) => profile[field] !== undefined && profile[field] !== app[field],
  );
  const switched =
    profile.allowDeviceFlow !== undefined && profile.allowDeviceFlow !== app.allowDeviceFlow;
  if (changed.length === 0 && !switched) return;
  const changes: Partial<AppEntity> = { updatedAt: new Date() };
  for (const field of changed) changes[field] = profile[field] ?? null;
  if (switched) changes.allowDeviceFlow = profile.allowDeviceFlow;
  await m.update(AppEntity, { id: app.id }, changes);
  Object.assign(app, changes);
  if (changed.length > 0) {
    const words = changed.map((field) => FIELD_WORDS[field]).join(', ');
    await events.record(app, 'IDENTITY_CHANGED', actorId, `Changed ${words}`, m);
  }
  if (switched) {
    const type = app.allowDeviceFlow ? 'DEVICE_FLOW_ON' : 'DEVICE_FLOW_OFF';
    await events.record(app, type, actorId, null, m);
  }
}
