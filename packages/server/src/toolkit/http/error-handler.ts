import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { isDatabaseUnavailable } from '../../errors/database-unavailable.js';
import { safeErrorDescription } from '../../errors/error-description.js';
import { OUTAGE_DESCRIPTION, OUTAGE_RETRY_AFTER_SECONDS } from '../../errors/outage.js';

/**
 * The last resort for errors no feature handled. Client mistakes keep their 4xx with a clear
 * message; a database outage is a 503 the client may retry; anything else is a generic 500
 * whose details stay in the log.
 */
export async function handleUnexpectedError(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
) {
  if (isDatabaseUnavailable(error)) {
    request.log.error({ err: error }, 'database unavailable');
    return reply
      .code(503)
      .header('Retry-After', String(OUTAGE_RETRY_AFTER_SECONDS))
      .send({ error: 'temporarily_unavailable', error_description: OUTAGE_DESCRIPTION });
  }
  const status = error.statusCode;
  if (status !== undefined && status >= 400 && status < 500) {
    return reply
      .code(status)
      .send({ error: 'invalid_request', error_description: safeErrorDescription(error.message) });
  }
  request.log.error({ err: error }, 'request failed');
  return reply
    .code(500)
    .send({ error: 'server_error', error_description: 'Internal server error' });
}
