import { Column, Entity, PrimaryColumn } from 'typeorm';
import { boolean, epochMs } from '../db/columns.js';
import type { IdTokenAlg } from '../grants/id-token-algs.js';

/** An owned OAuth application. Never exposed directly: see app.type.ts for the public shape. */
@Entity('oauth_apps')
export class AppEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'client_id', type: 'varchar', length: 64, unique: true })
  clientId: string;

  @Column({ name: 'owner_id', type: 'varchar', length: 36 })
  ownerId: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** JSON array, in the owner's order. */
  @Column({ name: 'redirect_uris', type: 'text' })
  redirectUrisJson: string;

  @Column({ name: 'require_secret', type: 'boolean', transformer: boolean })
  requireSecret: boolean;

  /** AES-256-GCM sealed secret (see crypto/secret-box.ts); null for public apps. */
  @Column({ name: 'secret_sealed', type: 'varchar', length: 255, nullable: true })
  secretSealed: string | null;

  /** Set when the current secret was seen in an authorize link; cleared by rotation. */
  @Column({ name: 'secret_leaked_at', type: 'bigint', nullable: true, transformer: epochMs })
  secretLeakedAt: Date | null;

  /** SHA-256 of the secret, to find an app by a secret reported leaked; see the migration. */
  @Column({ name: 'secret_hash', type: 'blob', nullable: true })
  secretHash: Buffer | null;

  /** Where a secret scanner found the current secret, when it said. */
  @Column({ name: 'secret_leak_url', type: 'varchar', length: 2000, nullable: true })
  secretLeakUrl: string | null;

  /** The owner's switch: a secret reported leaked is rotated at once. Off by default. */
  @Column({ name: 'rotate_secret_on_leak', type: 'boolean', transformer: boolean })
  rotateSecretOnLeak: boolean;

  /** Set by an operator (admin CLI); the owner cannot lift it. */
  @Column({ name: 'suspended_at', type: 'bigint', nullable: true, transformer: epochMs })
  suspendedAt: Date | null;

  @Column({ name: 'suspended_reason', type: 'varchar', length: 500, nullable: true })
  suspendedReason: string | null;

  @Column({ name: 'created_at', type: 'bigint', transformer: epochMs })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'bigint', transformer: epochMs })
  updatedAt: Date;

  @Column({ name: 'last_used_at', type: 'bigint', nullable: true, transformer: epochMs })
  lastUsedAt: Date | null;

  /** RFC 8628: whether the app may use the device authorization grant; off by default. */
  @Column({ name: 'allow_device_flow', type: 'boolean', transformer: boolean })
  allowDeviceFlow: boolean;

  /** RFC 9126 §5: authorize links must name a pushed request; off by default. */
  @Column({ name: 'require_pushed_authorization_requests', type: 'boolean', transformer: boolean })
  requirePushedAuthorizationRequests: boolean;
  /** RFC 9449: every token request must carry a DPoP proof. Off by default. */
  @Column({ name: 'require_dpop', type: 'boolean', transformer: boolean })
  requireDpop: boolean;

  /** OpenID Connect Dynamic Client Registration 1.0 §2: RS256 (the default) or ES256. */
  @Column({ name: 'id_token_signed_response_alg', type: 'varchar', length: 10 })
  idTokenSignedResponseAlg: IdTokenAlg;

  /** Who the app is, as the consent page shows it; each optional. */
  @Column({ type: 'varchar', length: 400, nullable: true })
  description: string | null;

  @Column({ name: 'homepage_url', type: 'varchar', length: 2000, nullable: true })
  homepageUrl: string | null;

  @Column({ name: 'privacy_policy_url', type: 'varchar', length: 2000, nullable: true })
  privacyPolicyUrl: string | null;

  @Column({ name: 'terms_of_service_url', type: 'varchar', length: 2000, nullable: true })
  termsOfServiceUrl: string | null;

  get redirectUris(): string[] {
    return JSON.parse(this.redirectUrisJson) as string[];
  }
}
