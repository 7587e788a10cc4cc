import { Column, Entity, PrimaryColumn } from 'typeorm';
import { epochMs } from '../db/columns.js';

export type DeviceAuthorizationStatus = 'pending' | 'approved' | 'denied' | 'used';

/**
 * RFC 8628 §3.1–3.5: a device's request, waiting for its user. Both codes are stored only as
 * SHA-256 hashes; `userId` is set when the user approves.
 */
@Entity('oauth_device_authorizations')
export class DeviceAuthorizationEntity {
  @PrimaryColumn({ name: 'device_code_hash', type: 'varchar', length: 64 })
  deviceCodeHash: string;

  @Column({ name: 'user_code_hash', type: 'varchar', length: 64, unique: true })
  userCodeHash: string;

  @Column({ name: 'app_id', type: 'varchar', length: 36 })
  appId: string;

  @Column({ type: 'varchar', length: 255 })
  scope: string;

  @Column({ type: 'varchar', length: 10 })
  status: DeviceAuthorizationStatus;

  @Column({ name: 'user_id', type: 'varchar', length: 36, nullable: true })
  userId: string | null;

  /** When the approving session's password was last proven (the ID token's `auth_time`). */
  @Column({ name: 'auth_time', type: 'bigint', nullable: true, transformer: epochMs })
  authTime: Date | null;

  /** §3.5: raised by 5 seconds each time the device polls too fast. */
  @Column({ name: 'interval_seconds', type: 'int' })
  intervalSeconds: number;

  @Column({ name: 'last_polled_at', type: 'bigint', nullable: true, transformer: epochMs })
  lastPolledAt: Date | null;

  @Column({ name: 'created_at', type: 'bigint', transformer: epochMs })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'bigint', transformer: epochMs })
  expiresAt: Date;
}
