import { Column, Entity, PrimaryColumn } from 'typeorm';
import { boolean, epochMs } from '../db/columns.js';

/** RFC 6749 §4.1.2: short-lived, single use, bound to client, user, redirect URI, scope, PKCE. */
@Entity('oauth_authorization_codes')
export class AuthorizationCodeEntity {
  @PrimaryColumn({ name: 'code_hash', type: 'varchar', length: 64 })
  codeHash: string;

  @Column({ name: 'app_id', type: 'varchar', length: 36 })
  appId: string;

  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  @Column({ name: 'redirect_uri', type: 'varchar', length: 2000 })
  redirectUri: string;

  /** Whether redirect_uri was in the authorize request, so the token request must repeat it. */
  @Column({ name: 'redirect_uri_sent', type: 'boolean', transformer: boolean })
  redirectUriSent: boolean;

  @Column({ type: 'varchar', length: 255 })
  scope: string;

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

  /** Set by the one exchange that wins; a second use finds it set. */
  @Column({ name: 'used_at', type: 'bigint', nullable: true, transformer: epochMs })
  usedAt: Date | null;
}
