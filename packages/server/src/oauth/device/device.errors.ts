import { OAuthError } from '../errors.js';

/** RFC 8628 §3.5: the error codes of a device polling the token endpoint, one class each. */
export class AuthorizationPending extends OAuthError {
  readonly code = 'authorization_pending';
}

/** §3.5: polled sooner than the interval; the interval has grown by 5 seconds. */
export class SlowDown extends OAuthError {
  readonly code = 'slow_down';
}

/** §3.5: the device code outlived `expires_in`; the device must start again. */
export class ExpiredToken extends OAuthError {
  readonly code = 'expired_token';
}
