import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { isDatabaseUnavailable } from '../../errors/database-unavailable.js';

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
    return reply.code(503).header('Retry-After', '5').send({
      error: 'temporarily_unavailable',
      error_description: 'The service is temporarily unavailable; try again shortly',
    });
  }
  const status = error.statusCode;
  if (status !== undefined && status >= 400 && status < 500) {
    return reply.code(status).send({ error: 'invalid_request', error_description: error.message });
  }
  request.log.error({ err: error }, 'request failed');
  return reply
    .code(500)
    .send({ error: 'server_error', error_description: 'Internal server error' });
}
