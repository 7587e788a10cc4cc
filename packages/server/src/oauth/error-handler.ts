import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { isDatabaseUnavailable } from '../errors/database-unavailable.js';
import { BODY_TOO_LARGE_MESSAGE, isBodyTooLarge } from '../toolkit/http/body-limits.js';
import { DomainError } from '../errors/domain-error.js';
import {
  InvalidRequest,
  OAuthError,
  PayloadTooLarge,
  ServerError,
  TemporarilyUnavailable,
  TooManyRequests,
  oauthErrorBody,
} from './errors.js';

/** The challenge for client authentication: Basic, as RFC 6749 §2.3.1 requires servers to accept. */
export const BASIC_CHALLENGE = 'Basic realm="bnder", charset="UTF-8"';

/**
 * Turns anything thrown by a JSON OAuth endpoint into an OAuthError. `bodyType` names the body
 * the endpoint takes, for the message a malformed one gets.
 */
export function toOAuthError(
  error: unknown,
  request: FastifyRequest,
  bodyType = 'application/x-www-form-urlencoded',
): OAuthError {
  if (error instanceof OAuthError) return error;
  if (error instanceof DomainError && error.code === 'TOO_MANY_REQUESTS')
    return new TooManyRequests(error.retryAfterSeconds ?? 60);
  if (isDatabaseUnavailable(error)) return new TemporarilyUnavailable();
  if (isBodyTooLarge(error)) return new PayloadTooLarge(BODY_TOO_LARGE_MESSAGE);
  const status = (error as Partial<FastifyError>).statusCode;
  // Fastify's own 4xx (bad media type, unparsable JSON) are malformed requests.
  if (typeof status === 'number' && status >= 400 && status < 500)
    return new InvalidRequest(`The request body must be ${bodyType}`);
  // Only the name and message: a driver error could otherwise carry query parameters.
  const { name, message } = error instanceof Error ? error : { name: 'Error', message: '' };
  request.log.error({ errorName: name, errorMessage: message }, 'oauth endpoint failed');
  return new ServerError();
}

/**
 * RFC 6749 §5.2 serializer, with the headers some errors require: a challenge on every 401
 * (RFC 9110 §15.5.2) and `Retry-After` on 429 and 503 (RFC 6585 §4, RFC 9110 §10.2.3).
 */
export function sendOAuthError(
  reply: FastifyReply,
  error: OAuthError,
  { challenge = true } = {},
): FastifyReply {
  if (error.retryAfterSeconds !== undefined)
    reply.header('Retry-After', String(error.retryAfterSeconds));
  if (challenge && error.status === 401) reply.header('WWW-Authenticate', BASIC_CHALLENGE);
  return reply.code(error.status).send(oauthErrorBody(error));
}
