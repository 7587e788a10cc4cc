import { Column, Entity, PrimaryColumn } from 'typeorm';
import { epochMs } from '../db/columns.js';

export const APP_EVENT_TYPES = [
  'CREATED',
  'RENAMED',
  'REDIRECT_URIS_CHANGED',
  'SECRET_REVEALED',
  'SECRET_COPIED',
  'SECRET_ROTATED',
  'SECRET_REQUIRED_ON',
  'SECRET_REQUIRED_OFF',
  'DELETED',
  'SECRET_IN_AUTHORIZE_LINK',
  'REFRESH_TOKEN_REUSE',
  'CODE_REPLAY',
  'IDENTITY_CHANGED',
  'DEVICE_FLOW_ON',
  'DEVICE_FLOW_OFF',
] as const;
export type AppEventType = (typeof APP_EVENT_TYPES)[number];

/**
 * The owner's activity log of an app. It keys on client id and owner, not on the app row,
 * so the log outlives the app. It never holds a secret.
 */
@Entity('oauth_app_events')
export class AppEventEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'client_id', type: 'varchar', length: 64 })
  clientId: string;

  @Column({ name: 'owner_id', type: 'varchar', length: 36 })
  ownerId: string;

  /** The user who acted, or null when the system recorded it (e.g. a replayed code). */
  @Column({ name: 'actor_id', type: 'varchar', length: 36, nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 40 })
  type: AppEventType;

  @Column({ type: 'text', nullable: true })
  detail: string | null;

  @Column({ name: 'created_at', type: 'bigint', transformer: epochMs })
  createdAt: Date;
}
