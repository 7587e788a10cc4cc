import type { ConnectionError, FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';

/**
 * Fastify's router errors, raised before any route runs: a path whose percent-encoding does not
 * decode (`/notes/%zz`) or a path parameter over the router's length limit. Answered in the
 * API's JSON error shape instead of Fastify's own.
 */
export function handleFrameworkError(
  error: FastifyError,
  _request: FastifyRequest,
  reply: FastifyReply,
): void {
  const [status, description] =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? [414, 'A path segment of the URL is too long']
      : [400, 'The URL is malformed: it has an invalid percent-encoding'];
  // send() returns the reply, which is thenable; Fastify writes it, there is nothing to await.
  void reply.code(status).send({ error: 'invalid_request', error_description: description });
}

/**
 * Errors of Node's HTTP parser, before Fastify sees a request (headers or URL over 16 KiB, bad
 * framing). The socket is answered in the same JSON error shape and closed, as Fastify does.
 */
export function handleClientError(error: ConnectionError, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, description] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'The request headers or URL are too large']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'The request took too long to arrive']
        : [400, 'The HTTP request is malformed'];
  const body = JSON.stringify({ error: 'invalid_request', error_description: description });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n` +
        'Content-Type: application/json; charset=utf-8\r\n' +
        'X-Content-Type-Options: nosniff\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
