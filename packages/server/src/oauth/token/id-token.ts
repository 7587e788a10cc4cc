import { createHash } from 'node:crypto';
import { parseStoredScope } from '@bnder/shared';
import { SignJWT } from 'jose';
import type { UserStore } from '../../accounts/user.store.js';
import { identityClaims } from '../oidc/identity-claims.js';
import type { IdTokenAlg, SigningKeys } from '../oidc/signing-keys.js';

export type IdTokenRequest = {
  clientId: string;
  userId: string;
  /** The stored scope of the access token issued with it. */
  scope: string;
  accessToken: string;
  /** Echoed exactly when the authorize request carried one (OIDC Core §3.1.2.1). */
  nonce: string | null;
  authTime: Date | null;
  /** The client's registered `id_token_signed_response_alg` (Registration §2). */
  alg: IdTokenAlg;
};

const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

/** Whether a stored scope includes `openid`; a legacy scope string never does. */
export const grantsOpenId = (scope: string): boolean =>
  parseStoredScope(scope).scopes.includes('openid');

/**
 * OpenID Connect Core §3.1.3.3 and §3.1.3.6: the ID token that goes with the tokens of a grant
 * that includes `openid`. `sub` is the user's id, stable and never the email (§8).
 */
export class IdTokens {
  constructor(
    private readonly keys: SigningKeys,
    private readonly users: UserStore,
    private readonly issuer: () => string,
    private readonly ttlSeconds: number,
  ) {}

  /** The signed ID token, or undefined when `openid` was not granted (legacy tokens never have it). */
  async issue(request: IdTokenRequest): Promise<string | undefined> {
    const scopes = parseStoredScope(request.scope).scopes;
    if (!scopes.includes('openid')) return undefined;
    const user = await this.users.findById(request.userId);
    if (!user) return undefined;
    const claims: Record<string, unknown> = {
      at_hash: atHash(request.accessToken),
      ...(request.authTime ? { auth_time: seconds(request.authTime) } : {}),
      ...(request.nonce !== null ? { nonce: request.nonce } : {}),
      ...identityClaims(scopes, user),
    };
    const { kid, alg, key } = await this.keys.active(request.alg);
    return new SignJWT(claims)
      .setProtectedHeader({ alg, kid, typ: 'JWT' })
      .setIssuer(this.issuer())
      .setSubject(request.userId)
      .setAudience(request.clientId)
      .setIssuedAt()
      .setExpirationTime(`${this.ttlSeconds}s`)
      .sign(key);
  }
}

/**
 * OIDC Core §3.1.3.6: the left half of the SHA-256 of the access token, base64url. RS256 and
 * ES256 both hash with SHA-256.
 */
function atHash(accessToken: string): string {
  const digest = createHash('sha256').update(accessToken, 'ascii').digest();
  return digest.subarray(0, digest.length / 2).toString('base64url');
}
