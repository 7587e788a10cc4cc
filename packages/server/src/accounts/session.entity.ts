import { Column, Entity, PrimaryColumn } from 'typeorm';
import { epochMs } from '../db/columns.js';

/** A signed-in browser session. Only the SHA-256 of the cookie value is stored. */
@Entity('sessions')
export class SessionEntity {
  @PrimaryColumn({ name: 'id_hash', type: 'varchar', length: 64 })
  idHash: string;

  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  @Column({ name: 'created_at', type: 'bigint', transformer: epochMs })
  createdAt: Date;

  /** When the password was last proven in this session. */
  @Column({ name: 'authenticated_at', type: 'bigint', transformer: epochMs })
  authenticatedAt: Date;

  @Column({ name: 'expires_at', type: 'bigint', transformer: epochMs })
  expiresAt: Date;
}
