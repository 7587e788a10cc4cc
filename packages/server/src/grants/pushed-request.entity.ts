import { Column, Entity, PrimaryColumn } from 'typeorm';
import { epochMs } from '../db/columns.js';

/**
 * RFC 9126 §2: an authorization request a client pushed, waiting for the authorize link that
 * names it. Keyed by the SHA-256 of the request_uri's random part, which is a bearer-like
 * reference: the table holds nothing that could be presented.
 */
@Entity('oauth_pushed_requests')
export class PushedRequestEntity {
  @PrimaryColumn({ name: 'reference_hash', type: 'varchar', length: 64 })
  referenceHash: string;

  @Column({ name: 'app_id', type: 'varchar', length: 36 })
  appId: string;

  /** The pushed authorize parameters as a JSON object, every one of them (never a secret). */
  @Column({ type: 'text' })
  params: string;

  @Column({ name: 'expires_at', type: 'bigint', transformer: epochMs })
  expiresAt: Date;

  /** Set once, when a signed-in authorize request turned it into the stored request. */
  @Column({ name: 'used_at', type: 'bigint', nullable: true, transformer: epochMs })
  usedAt: Date | null;
}
