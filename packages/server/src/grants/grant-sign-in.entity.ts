import { Column, Entity, PrimaryColumn } from 'typeorm';
import { epochMs } from '../db/columns.js';

/**
 * When the user signed in for a grant that includes `openid`, so an ID token from a later
 * refresh carries the original `auth_time` (OpenID Connect Core §12.2). The row ends with its
 * grant: layout and reasons in migrations/1765350000000-grant-sign-ins-end-with-grant.ts.
 */
@Entity('oidc_grant_sign_ins')
export class GrantSignInEntity {
  @PrimaryColumn({ name: 'grant_id', type: 'varchar', length: 64 })
  grantId: string;

  @Column({ name: 'app_id', type: 'varchar', length: 36 })
  appId: string;

  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  @Column({ name: 'auth_time', type: 'bigint', transformer: epochMs })
  authTime: Date;

  @Column({ name: 'created_at', type: 'bigint', transformer: epochMs })
  createdAt: Date;

  /** No earlier than the grant's newest refresh token expires; swept after. */
  @Column({ name: 'expires_at', type: 'bigint', transformer: epochMs })
  expiresAt: Date;
}
