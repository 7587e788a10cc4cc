import { safeErrorDescription } from '../errors/error-description.js';
import { OUTAGE_DESCRIPTION, OUTAGE_RETRY_AFTER_SECONDS } from '../errors/outage.js';

/**
 * RFC 6749 §4.1.2.1 and §5.2: one class per error code. The description is shown to the client
 * developer, so it never carries a secret, and keeps to the characters §5.2 allows.
 */
export abstract class OAuthError extends Error {
  abstract readonly code: string;
  readonly status: number = 400;
  /** Sent as `Retry-After` (RFC 9110 §10.2.3) when set. */
  readonly retryAfterSeconds: number | undefined = undefined;

  constructor(description: string) {
    // A description may echo client input.
    super(safeErrorDescription(description));
    this.name = new.target.name;
  }
}

export class InvalidRequest extends OAuthError {
  readonly code = 'invalid_request';
}

/**
 * RFC 6749 §5.2: 401. RFC 9110 §15.5.2 asks every 401 for a `WWW-Authenticate` challenge, so the
 * serializer names Basic, the scheme this server accepts, whichever method the client tried.
 */
export class InvalidClient extends OAuthError {
  readonly code = 'invalid_client';
  override readonly status = 401;
}

export class InvalidGrant extends OAuthError {
  readonly code = 'invalid_grant';
}

export class UnauthorizedClient extends OAuthError {
  readonly code = 'unauthorized_client';
}

export class UnsupportedGrantType extends OAuthError {
  readonly code = 'unsupported_grant_type';
}

export class UnsupportedResponseType extends OAuthError {
  readonly code = 'unsupported_response_type';
}

export class InvalidScope extends OAuthError {
  readonly code = 'invalid_scope';
}

export class AccessDenied extends OAuthError {
  readonly code = 'access_denied';
}

/** RFC 9449 §5 and §12.2: the DPoP proof is missing, malformed or does not match. */
export class InvalidDpopProof extends OAuthError {
  readonly code = 'invalid_dpop_proof';
}

/** RFC 9449 §8: the proof must carry the nonce sent in the `DPoP-Nonce` header. */
export class UseDpopNonce extends OAuthError {
  readonly code = 'use_dpop_nonce';
}

/** RFC 9110 §15.5.14: the body is over the endpoint's limit; still invalid_request (RFC 6749 §5.2). */
export class PayloadTooLarge extends OAuthError {
  readonly code = 'invalid_request';
  override readonly status = 413;
}

/** Rate limits: not an RFC 6749 code, answered as 429 with Retry-After (RFC 6585 §4). */
export class TooManyRequests extends OAuthError {
  readonly code = 'too_many_requests';
  override readonly status = 429;

  constructor(override readonly retryAfterSeconds: number) {
    super('Too many requests; try again later');
  }
}

/** RFC 6749 §4.1.2.1: the server cannot answer right now (the database is unreachable). */
export class TemporarilyUnavailable extends OAuthError {
  readonly code = 'temporarily_unavailable';
  override readonly status = 503;
  override readonly retryAfterSeconds = OUTAGE_RETRY_AFTER_SECONDS;

  constructor() {
    super(OUTAGE_DESCRIPTION);
  }
}

export class ServerError extends OAuthError {
  readonly code = 'server_error';
  override readonly status = 500;

  constructor() {
    super('The server could not complete the request');
  }
}

/** The one wire shape of every OAuth error (RFC 6749 §5.2). */
export function oauthErrorBody(error: OAuthError): { error: string; error_description: string } {
  return { error: error.code, error_description: error.message };
}

/** OpenID Connect Core §3.1.2.6: `prompt=none` and the user must sign in first. */
export class LoginRequired extends OAuthError {
  readonly code = 'login_required';
}

/** OpenID Connect Core §3.1.2.6: `prompt=none` and the user must consent first. */
export class ConsentRequired extends OAuthError {
  readonly code = 'consent_required';
}

/** OpenID Connect Core §3.1.2.6 and §6.1: request objects are not supported. */
export class RequestNotSupported extends OAuthError {
  readonly code = 'request_not_supported';
}
