import type { AccessTokenStore } from '../../grants/access-token.store.js';
import { requireProfile } from '../../toolkit/principal.js';
import { identityClaims } from './identity-claims.js';

/** RFC 6750 §2.1 `Bearer 1*SP b64token`; the scheme is case-insensitive (RFC 9110 §11.1). */
const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]+=*)$/i;

export type UserInfoAnswer =
  | { status: 200; claims: Record<string, unknown> }
  | {
      status: 400 | 401 | 403;
      error?: 'invalid_request' | 'invalid_token' | 'insufficient_scope';
      description?: string;
    };

/**
 * OpenID Connect Core §5.3: the claims about the user that the access token's scopes release.
 * The token is checked by the same look-up as every API call (grants/access-token.store.ts),
 * so a revoked token, a deleted app or a revoked authorization answers 401 at once.
 */
export class UserInfo {
  constructor(private readonly accessTokens: AccessTokenStore) {}

  async answer(authorization: string | undefined): Promise<UserInfoAnswer> {
    // RFC 6750 §3.1: without credentials, the challenge carries no error code.
    if (authorization === undefined) return { status: 401 };
    const raw = BEARER.exec(authorization)?.[1];
    if (raw === undefined)
      return {
        status: 400,
        error: 'invalid_request',
        description: 'The Authorization header must be Bearer followed by the token',
      };
    const principal = await this.accessTokens.findWithProfile(raw);
    if (!principal)
      return {
        status: 401,
        error: 'invalid_token',
        description: 'The access token is invalid, expired or revoked',
      };
    // Core §5.3.1: userinfo answers only tokens granted `openid` (legacy tokens never are).
    if (!principal.scopes.includes('openid'))
      return {
        status: 403,
        error: 'insufficient_scope',
        description: 'The access token was not granted the openid scope',
      };
    const user = requireProfile(principal);
    return { status: 200, claims: { sub: user.id, ...identityClaims(principal.scopes, user) } };
  }
}
