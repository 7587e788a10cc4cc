import { formatScopes, formatUserCode, parseRequestedScope } from '@bnder/shared';
import type { Config } from '../../config/load-config.js';
import type { DeviceAuthorizationsStore } from '../../grants/device-authorizations.store.js';
import type { RateLimiter } from '../../rate-limits/rate-limiter.js';
import type { ClientAuthenticator, ClientAuthInput } from '../client-auth.js';
import { clientBucket } from '../client-bucket.js';
import { InvalidScope } from '../errors.js';
import { requireDeviceFlow } from './require-device-flow.js';

/** RFC 8628 §3.2 device authorization response. */
export type DeviceAuthorizationResponse = {
  device_code: string;
  user_code: string;
  verification_uri: string;
  verification_uri_complete: string;
  expires_in: number;
  interval: number;
};

/**
 * POST /oauth/device_authorization (RFC 8628 §3.1): the client authenticates as at the token
 * endpoint, asks for explicit scopes (nothing defaults), and gets a device code to poll with and
 * a user code to show.
 */
export class DeviceAuthorizationEndpoint {
  constructor(
    private readonly clientAuth: ClientAuthenticator,
    private readonly limiter: RateLimiter,
    private readonly config: Config,
    private readonly requests: DeviceAuthorizationsStore,
  ) {}

  async start(input: ClientAuthInput): Promise<DeviceAuthorizationResponse> {
    const { client } = await this.clientAuth.authenticate(input);
    await this.limiter.hit(
      clientBucket('device-authorization', client, input.ip),
      this.config.rateLimits.deviceAuthorizations,
    );
    requireDeviceFlow(client);
    const scope = parseRequestedScope(input.params.scope);
    if (scope.kind === 'invalid') throw new InvalidScope(scope.reason);
    const { deviceCode, userCode } = await this.requests.issue({
      appId: client.id,
      scope: formatScopes(scope.scopes),
    });
    const shown = formatUserCode(userCode);
    // Read at call time: the public URL is the issuer, which tests learn after listening.
    const verificationUri = `${this.config.publicUrl}/device`;
    return {
      device_code: deviceCode,
      user_code: shown,
      verification_uri: verificationUri,
      verification_uri_complete: `${verificationUri}?user_code=${shown}`,
      expires_in: this.config.deviceCodeTtl,
      interval: this.config.devicePollInterval,
    };
  }
}
