import { formatScopes, parseStoredScope } from '@bnder/shared';
import type { IssuedTokens } from '../../grants/token-issuer.js';
import type { TokenResponseBody } from './grant-handler.js';

/**
 * RFC 6749 §5.1 (token_type per RFC 6750 §4). `scope` is what the access token can do: a legacy
 * pre-release scope string acts as `read`, so that is what the client is told.
 */
export function tokenResponse(
  tokens: IssuedTokens,
  storedAccessScope: string,
  idToken?: string,
): TokenResponseBody {
  return {
    access_token: tokens.accessToken,
    token_type: tokens.jkt === null ? 'Bearer' : 'DPoP',
    expires_in: tokens.expiresIn,
    refresh_token: tokens.refreshToken,
    scope: formatScopes(parseStoredScope(storedAccessScope).scopes),
    ...(idToken !== undefined ? { id_token: idToken } : {}),
  };
}
