import { Column, Entity, PrimaryColumn } from 'typeorm';
import { boolean, epochMs } from '../db/columns.js';

/** A validated authorize request waiting for the user's consent (kept server-side). */
@Entity('oauth_authorization_requests')
export class AuthorizationRequestEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  @Column({ name: 'app_id', type: 'varchar', length: 36 })
  appId: string;

  @Column({ name: 'redirect_uri', type: 'varchar', length: 2000 })
  redirectUri: string;

  /** Whether redirect_uri was in the authorize request (RFC 6749 §4.1.3), passed on to the code. */
  @Column({ name: 'redirect_uri_sent', type: 'boolean', transformer: boolean })
  redirectUriSent: boolean;

  @Column({ type: 'varchar', length: 255 })
  scope: string;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  state: string | null;

  @Column({ name: 'code_challenge', type: 'varchar', length: 128, nullable: true })
  codeChallenge: string | null;

  /** OpenID Connect Core §3.1.2.1: echoed in the ID token. */
  @Column({ type: 'varchar', length: 512, nullable: true })
  nonce: string | null;

  /** When the session's password was last proven (the ID token's `auth_time`). */
  @Column({ name: 'auth_time', type: 'bigint', nullable: true, transformer: epochMs })
  authTime: Date | null;

  /** RFC 9449 §10: the `dpop_jkt` sent at authorize; the code is redeemed only with that key. */
  @Column({ name: 'dpop_jkt', type: 'varchar', length: 43, nullable: true })
  dpopJkt: string | null;

  @Column({ name: 'expires_at', type: 'bigint', transformer: epochMs })
  expiresAt: Date;
}
