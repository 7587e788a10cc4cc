import { Column, Entity, PrimaryColumn } from 'typeorm';
import { epochMs } from '../db/columns.js';

/**
 * An ID token signing key (OpenID Connect Core §10.1). The private JWK is sealed with
 * SECRET_KEY; the public JWK is what /oauth/jwks publishes.
 */
@Entity('oidc_signing_keys')
export class SigningKeyEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  kid: string;

  @Column({ type: 'varchar', length: 10 })
  alg: string;

  @Column({ name: 'public_jwk', type: 'varchar', length: 2000 })
  publicJwk: string;

  @Column({ name: 'private_jwk_sealed', type: 'text' })
  privateJwkSealed: string;

  /** The algorithm while this key signs new ID tokens; NULL once retired (unique: one per alg). */
  @Column({ name: 'active_alg', type: 'varchar', length: 10, nullable: true })
  activeAlg: string | null;

  @Column({ name: 'created_at', type: 'bigint', transformer: epochMs })
  createdAt: Date;

  @Column({ name: 'retired_at', type: 'bigint', nullable: true, transformer: epochMs })
  retiredAt: Date | null;
}
