import type { CallerResolver, Credentials, DpopRefusal } from '../../toolkit/http/authenticate.js';
import { requireProfile } from '../../toolkit/principal.js';
import { identityClaims } from './identity-claims.js';

export type UserInfoAnswer =
  | { status: 200; claims: Record<string, unknown> }
  | {
      status: 400 | 401 | 403;
      error?:
        | 'invalid_request'
        | 'invalid_token'
        | 'insufficient_scope'
        | 'invalid_dpop_proof'
        | 'use_dpop_nonce';
      description?: string;
      /** Set when the refusal is in the DPoP scheme (RFC 9449 §7.1). */
      dpop?: DpopRefusal;
    };

/** What userinfo reads of the request: the token, and for a DPoP-bound one its proof. */
export type UserInfoRequest = Omit<Credentials, 'sessionCookie' | 'withProfile'>;

/**
 * OpenID Connect Core §5.3: the claims about the user that the access token's scopes release.
 * The token is checked by the same resolver as every API call, so a revoked token, a deleted
 * app or a revoked authorization answers 401 at once, and a DPoP-bound token needs its proof
 * (RFC 9449 §7): sent as Bearer, or without the key, it is refused here as at the API. A
 * session cookie is never read: userinfo answers access tokens only.
 */
export class UserInfo {
  constructor(private readonly callers: CallerResolver) {}

  async answer(request: UserInfoRequest): Promise<UserInfoAnswer> {
    // RFC 6750 §3.1: without credentials, the challenge carries no error code.
    if (request.authorization === undefined) return { status: 401 };
    const resolved = await this.callers.resolve({ ...request, withProfile: true });
    if (!resolved.ok)
      return {
        status: resolved.reason === 'invalid_request' ? 400 : 401,
        error: resolved.reason,
        description: resolved.description ?? 'The access token is invalid, expired or revoked',
        ...(resolved.dpop ? { dpop: resolved.dpop } : {}),
      };
    const principal = resolved.principal;
    if (principal?.kind !== 'token') return { status: 401 };
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
