import type { Found, OAuthClient, Presented } from '../../grants/client.store.js';
import type { OAuthParams } from '../form.js';

/** RFC 6749 §5.1 successful response. */
export type TokenResponseBody = {
  access_token: string;
  /** RFC 9449 §5: `DPoP` when the access token is bound to the proof's key. */
  token_type: 'Bearer' | 'DPoP';
  expires_in: number;
  refresh_token: string;
  scope: string;
  /** OpenID Connect Core §3.1.3.3: when `openid` was granted. */
  id_token?: string;
};

/**
 * One grant type of the token endpoint. The endpoint asks each handler whether it owns the
 * request; adding a grant means adding a handler, not a branch.
 */
export interface GrantHandler {
  handles(params: OAuthParams): boolean;
  /** What the grant redeems, found together with the client (refresh_token, code). */
  presented?(params: OAuthParams): Presented | undefined;
  /**
   * `found` is what `presented` named, if it exists; `jkt` the thumbprint of the key a valid
   * DPoP proof showed (RFC 9449 §5), or null without one.
   */
  exchange(
    params: OAuthParams,
    client: OAuthClient,
    found: Found,
    jkt: string | null,
  ): Promise<TokenResponseBody>;
}
