import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendOAuthError, toOAuthError } from '../error-handler.js';
import { OAuthError } from '../errors.js';

/** A scan report whose signature does not prove it came from a known code host: 401. */
export class UnverifiedReport extends OAuthError {
  readonly code = 'invalid_signature';
  override readonly status = 401;
}

/**
 * The credential endpoints take JSON and ask for no client authentication: the usual
 * `{ error, error_description }`, with no Basic challenge on a 401.
 */
export function sendReportError(
  error: unknown,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  return sendOAuthError(reply, toOAuthError(error, request, 'JSON'), { challenge: false });
}
