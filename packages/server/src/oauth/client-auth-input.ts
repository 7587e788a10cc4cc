import type { FastifyRequest } from 'fastify';
import { InvalidRequest } from './errors.js';
import { isFormEncoded, readParams } from './form.js';

/**
 * Reads a POSTed OAuth request: form-encoded only (RFC 6749 §3.2), no repeated parameters,
 * and a note of any secret in the query string, which is refused rather than read.
 */
export function clientAuthInput(request: FastifyRequest) {
  if (!isFormEncoded(request.headers['content-type']))
    throw new InvalidRequest('The request body must be application/x-www-form-urlencoded');
  const query = request.query as Record<string, unknown>;
  return {
    authorization: request.headers.authorization,
    params: readParams(request.body),
    secretInQuery: 'client_secret' in query,
    ip: request.ip,
    dpop: request.headers.dpop as string | undefined,
  };
}
