import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isDatabaseUnavailable } from '../../errors/database-unavailable.js';
import { OUTAGE_DESCRIPTION, OUTAGE_RETRY_AFTER_SECONDS } from '../../errors/outage.js';
import type { CallerRefusal } from '../http/authenticate.js';
import { BODY_TOO_LARGE_MESSAGE, isBodyTooLarge } from '../http/body-limits.js';

/**
 * Errors /graphql raises before GraphQL runs (body too large, unparsable JSON, wrong media type,
 * a bad bearer token) answer in GraphQL's own shape, `{ errors: [{ message, extensions: { code } }] }`,
 * like Apollo's own request errors, so a GraphQL client reads every /graphql error the same way.
 */
export function sendGraphQLError(
  reply: FastifyReply,
  status: number,
  code: string,
  message: string,
): FastifyReply {
  return reply
    .code(status)
    .header('cache-control', 'no-store')
    .type('application/json; charset=utf-8')
    .send({ errors: [{ message, extensions: { code } }] });
}

/** The error handler of the /graphql scope. */
export async function handleGraphQLTransportError(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<FastifyReply> {
  if (isDatabaseUnavailable(error)) {
    request.log.error({ err: error }, 'database unavailable');
    reply.header('retry-after', String(OUTAGE_RETRY_AFTER_SECONDS));
    return sendGraphQLError(reply, 503, 'SERVICE_UNAVAILABLE', OUTAGE_DESCRIPTION);
  }
  if (isBodyTooLarge(error))
    return sendGraphQLError(reply, 413, 'PAYLOAD_TOO_LARGE', BODY_TOO_LARGE_MESSAGE);
  const status = error.statusCode;
  if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    const message = 'The body must be JSON, sent with Content-Type: application/json';
    return sendGraphQLError(reply, 415, 'BAD_REQUEST', message);
  }
  if (status !== undefined && status >= 400 && status < 500)
    return sendGraphQLError(reply, status, 'BAD_REQUEST', error.message);
  request.log.error({ err: error }, 'graphql request failed');
  return sendGraphQLError(reply, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
}

/** RFC 6750 §3.1 on /graphql: the WWW-Authenticate header as anywhere, the body as GraphQL. */
export function rejectCallerAsGraphQL(
  reply: FastifyReply,
  reason: CallerRefusal,
  description: string,
): FastifyReply {
  const code = reason === 'invalid_request' ? 'BAD_REQUEST' : 'UNAUTHENTICATED';
  return sendGraphQLError(reply, reply.statusCode, code, description);
}

/** GraphQL over HTTP: GET and POST only; other methods get a GraphQL-shaped 405, not the 404. */
export function refuseOtherMethods(scope: FastifyInstance): void {
  scope.route({
    method: ['PUT', 'PATCH', 'DELETE'],
    url: '/graphql',
    handler: async (_request, reply) =>
      sendGraphQLError(
        reply.header('allow', 'GET, POST'),
        405,
        'METHOD_NOT_ALLOWED',
        'Use GET or POST for /graphql',
      ),
  });
}

/**
 * The Apollo integration rebuilds the URL from the Host header and throws on one that is not a
 * host (`Host: [`); such a request is malformed, so it gets a 400 before reaching Apollo.
 */
export function refuseInvalidHost(scope: FastifyInstance): void {
  scope.addHook('onRequest', async (request, reply) => {
    if (!URL.canParse(request.url, `${request.protocol}://${request.hostname}/`))
      return sendGraphQLError(reply, 400, 'BAD_REQUEST', 'The Host header is not a valid host');
  });
}
