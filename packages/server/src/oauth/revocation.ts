import type { GrantRevocationService } from '../grants/grant-revocation.service.js';
import type { TokenStore } from '../grants/token.store.js';
import { presentedToken, type ClientAuthenticator, type ClientAuthInput } from './client-auth.js';
import { required } from './form.js';

/**
 * RFC 7009 §2.1–2.2: the client revokes one of its own tokens. A refresh token takes its whole
 * grant with it (its access tokens included). Unknown tokens and other clients' tokens get the
 * same 200, so the endpoint reveals nothing.
 */
export class TokenRevocation {
  constructor(
    private readonly clientAuth: ClientAuthenticator,
    private readonly tokens: TokenStore,
    private readonly revocation: GrantRevocationService,
  ) {}

  async revoke(input: ClientAuthInput): Promise<void> {
    const presented = presentedToken(input.params);
    const {
      found: { token },
    } = await this.clientAuth.authenticate(input, presented);
    required(input.params, 'token');
    // The look-up returns only this client's own tokens (RFC 7009 §2.1): another client's is null.
    if (!token) return;
    if (token.kind === 'refresh') await this.revocation.revokeGrant(token, 'revoked_by_client');
    else await this.tokens.deleteOne(token.id);
  }
}
