import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { epochMs } from '../db/columns.js';

export type TokenKind = 'access' | 'refresh';

/**
 * Access and refresh tokens, stored only as SHA-256 hashes. `grantId` groups every token that
 * descends from one code exchange, so a replayed code or refresh token revokes the whole chain.
 * Layout and the reasons for it: migrations/1764900000000-token-chain.ts.
 */
@Entity('oauth_tokens')
export class TokenEntity {
  /** Increasing, so new rows append; a string because MySQL's BIGINT can exceed 2^53. */
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  /** BINARY(32) on MySQL, BLOB on SQLite: the raw digest, read and written as a Buffer. */
  @Column({ name: 'token_hash', type: 'blob' })
  tokenHash: Buffer;

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

  /** Refresh tokens: the refresh token this one replaced, which is spent once it has a child. */
  @Column({ name: 'parent_id', type: 'bigint', nullable: true })
  parentId: string | null;

  @Column({ name: 'created_at', type: 'bigint', transformer: epochMs })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'bigint', transformer: epochMs })
  expiresAt: Date;

  /** RFC 9449 §6.1: the thumbprint of the key the token is bound to; null for a bearer token. */
  @Column({ type: 'varchar', length: 43, nullable: true })
  jkt: string | null;

  @Column({ name: 'last_used_at', type: 'bigint', nullable: true, transformer: epochMs })
  lastUsedAt: Date | null;

  /**
   * A code exchange's refresh token: the code's hash, unique and referencing the code, so one code
   * yields one pair (RFC 6749 §4.1.2); null on every other token (1765360000000-tokens-name-their-code).
   */
  @Column({ name: 'from_code', type: 'varchar', length: 64, nullable: true })
  fromCode: string | null;
}
