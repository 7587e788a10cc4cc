import { Column, Entity, PrimaryColumn } from 'typeorm';
import { epochMs } from '../db/columns.js';

/** A user's consent for an app: one row per (user, app). Deleting it ends the app's access. */
@Entity('oauth_authorizations')
export class AuthorizationEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  @Column({ name: 'app_id', type: 'varchar', length: 36 })
  appId: string;

  /** Space-separated granted scopes; a pre-release custom value marks a legacy grant. */
  @Column({ type: 'varchar', length: 255 })
  scope: string;

  @Column({ name: 'created_at', type: 'bigint', transformer: epochMs })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'bigint', transformer: epochMs })
  updatedAt: Date;

  @Column({ name: 'last_used_at', type: 'bigint', nullable: true, transformer: epochMs })
  lastUsedAt: Date | null;

  /** When a token of this authorization was reported found in public and revoked. */
  @Column({ name: 'token_leaked_at', type: 'bigint', nullable: true, transformer: epochMs })
  tokenLeakedAt: Date | null;
}
