import { Column, Entity, PrimaryColumn } from 'typeorm';
import { epochMs } from '../db/columns.js';

export type TokenKind = 'access' | 'refresh';

/**
 * Access and refresh tokens, stored only as SHA-256 hashes. `grantId` groups every token that
 * descends from one code exchange, so a replayed code or refresh token revokes the whole chain.
 */
@Entity('oauth_tokens')
export class TokenEntity {
  @PrimaryColumn({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash: string;

  @Column({ type: 'varchar', length: 10 })
  kind: TokenKind;

  @Column({ name: 'app_id', type: 'varchar', length: 36 })
  appId: string;

  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  @Column({ type: 'varchar', length: 255 })
  scope: string;

  @Column({ name: 'grant_id', type: 'varchar', length: 64 })
  grantId: string;

  @Column({ name: 'created_at', type: 'bigint', transformer: epochMs })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'bigint', transformer: epochMs })
  expiresAt: Date;

  /** Refresh tokens: set when rotated; using it again is a replay. */
  @Column({ name: 'used_at', type: 'bigint', nullable: true, transformer: epochMs })
  usedAt: Date | null;

  @Column({ name: 'last_used_at', type: 'bigint', nullable: true, transformer: epochMs })
  lastUsedAt: Date | null;
}
