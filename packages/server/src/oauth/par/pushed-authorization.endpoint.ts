import type { AppStore } from '../../apps/app.store.js';
import type { Config } from '../../config/load-config.js';
import type { PushedRequestStore } from '../../grants/pushed-request.store.js';
import type { RateLimiter } from '../../rate-limits/rate-limiter.js';
import { validateAuthorizeRequest } from '../authorize/validate-authorize-request.js';
import type { ClientAuthenticator, ClientAuthInput } from '../client-auth.js';
import { clientBucket } from '../client-bucket.js';
import { InvalidClient } from '../errors.js';
import { pushedClient } from './pushed-client.js';
import { pushedParams } from './pushed-params.js';

/** RFC 9126 §2.2 pushed authorization response. */
export type PushedAuthorizationResponse = { request_uri: string; expires_in: number };

/**
 * POST /oauth/par (RFC 9126 §2): the client authenticates as at the token endpoint, its request
 * is validated as the authorize endpoint would (§2.1), and it gets a short-lived, single-use
 * request_uri to send the user with instead.
 */
export class PushedAuthorizationEndpoint {
  constructor(
    private readonly clientAuth: ClientAuthenticator,
    private readonly limiter: RateLimiter,
    private readonly limits: Config['rateLimits'],
    private readonly clients: AppStore,
    private readonly requests: PushedRequestStore,
  ) {}

  async push(input: ClientAuthInput): Promise<PushedAuthorizationResponse> {
    const { client } = await this.clientAuth.authenticate(input);
    // Counted like authorize links: each push stands for one.
    await this.limiter.hit(clientBucket('par', client, input.ip), this.limits.authorizeRequests);
    const params = pushedParams(input.params, client.clientId);
    const app = await this.clients.findByClientId(client.clientId);
    if (!app) throw new InvalidClient('Unknown client');
    // The body's credentials are the client authentication, not a secret leaked in a link.
    await validateAuthorizeRequest(this.clients, pushedClient(app, params), params, [], [], true);
    const { requestUri, expiresIn } = await this.requests.push(app.id, params);
    return { request_uri: requestUri, expires_in: expiresIn };
  }
}
