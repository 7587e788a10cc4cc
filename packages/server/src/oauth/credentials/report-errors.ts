import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../../errors/domain-error.js';
import { isDatabaseUnavailable } from '../../errors/database-unavailable.js';
import { isBodyTooLarge } from '../../toolkit/http/body-limits.js';
import {
  InvalidRequest,
  OAuthError,
  PayloadTooLarge,
  ServerError,
  TemporarilyUnavailable,
  TooManyRequests,
  oauthErrorBody,
} from '../errors.js';

/** A scan report whose signature does not prove it came from a known code host: 401. */
export class UnverifiedReport extends OAuthError {
  readonly code = 'invalid_signature';
  override readonly status = 401;
}

/**
 * The credential endpoints speak JSON, so they get their own error mapping: the usual
 * `{ error, error_description }`, with no client-authentication challenge (none is asked for).
 */
export function sendReportError(
  error: unknown,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  const oauthError = toReportError(error, request);
  if (oauthError.retryAfterSeconds !== undefined)
    reply.header('Retry-After', String(oauthError.retryAfterSeconds));
  return reply.code(oauthError.status).send(oauthErrorBody(oauthError));
}

function toReportError(error: unknown, request: FastifyRequest): OAuthError {
  if (error instanceof OAuthError) return error;
  if (error instanceof DomainError && error.code === 'TOO_MANY_REQUESTS')
    return new TooManyRequests(error.retryAfterSeconds ?? 60);
  if (isDatabaseUnavailable(error)) return new TemporarilyUnavailable();
  if (isBodyTooLarge(error)) return new PayloadTooLarge('The request body is too large');
  const status = (error as Partial<FastifyError>).statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500)
    return new InvalidRequest('The request body must be JSON');
  const { name, message } = error instanceof Error ? error : { name: 'Error', message: '' };
  request.log.error({ errorName: name, errorMessage: message }, 'credential report failed');
  return new ServerError();
}
