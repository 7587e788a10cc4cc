import { DEVICE_CODE_GRANT_TYPE } from '@bnder/shared';
import type { Config } from '../../config/load-config.js';
import type { RateLimiter } from '../../rate-limits/rate-limiter.js';
import type { ClientAuthenticator, ClientAuthInput } from '../client-auth.js';
import { clientBucket } from '../client-bucket.js';
import { InvalidRequest, UnsupportedGrantType } from '../errors.js';
import type { GrantHandler, TokenResponseBody } from './grant-handler.js';
import type { TokenDpop } from './token-dpop.js';

/** POST /oauth/token (RFC 6749 §3.2): authenticate the client, then the grant's own handler. */
export class TokenEndpoint {
  constructor(
    private readonly clientAuth: ClientAuthenticator,
    private readonly limiter: RateLimiter,
    private readonly limits: Config['rateLimits'],
    private readonly handlers: readonly GrantHandler[],
    private readonly dpop: TokenDpop,
  ) {}

  dpopNonce(): string {
    return this.dpop.nonce();
  }

  async exchange(input: ClientAuthInput): Promise<TokenResponseBody> {
    const handler = this.handlers.find((h) => h.handles(input.params));
    const presented = handler?.presented?.(input.params);
    const { client, found } = await this.clientAuth.authenticate(input, presented);
    await this.limiter.hit(clientBucket('token', client, input.ip), this.limits.tokenRequests);
    if (input.params.grant_type === undefined) throw new InvalidRequest('grant_type is required');
    if (!handler)
      throw new UnsupportedGrantType(
        'Supported grant types: authorization_code, refresh_token, ' + DEVICE_CODE_GRANT_TYPE,
      );
    // Checked before the grant, so a nonce retry (RFC 9449 §8) does not spend a code.
    const jkt = await this.dpop.boundKey(input.dpop, client);
    return handler.exchange(input.params, client, found, jkt);
  }
}
