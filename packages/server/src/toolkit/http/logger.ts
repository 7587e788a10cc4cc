import type { FastifyInstance, FastifyRequest, FastifyServerOptions } from 'fastify';
import pino from 'pino';

/** Lines wait in memory until this many bytes are ready, or FLUSH_EVERY_MS has passed. */
const BUFFER_BYTES = 4096;
const FLUSH_EVERY_MS = 1000;

/**
 * Structured JSON logs (pino) with a request id on every line. The request line logs the path
 * without its query (an authorize link may wrongly carry a client secret) and no header at all:
 * the `req` and `res` serializers below pick their fields, so a credential header never reaches
 * a line (test/hardening/log-hygiene). No redaction pass is needed on top; it cost a deep clone
 * of every line.
 */
export function loggerOptions(
  level: string,
  stream?: NodeJS.WritableStream,
): FastifyServerOptions['logger'] {
  return {
    level,
    stream: stream ?? bufferedStdout(),
    serializers: {
      req: (request: FastifyRequest) => ({
        method: request.method,
        path: request.url.split('?')[0],
        remoteAddress: request.ip,
      }),
      res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
    },
  };
}

/** One structured line per request, written when the response is sent (method, path, status, time). */
export function registerRequestLog(app: FastifyInstance): void {
  app.addHook('onResponse', (request, reply, done) => {
    request.log.info(
      { req: request, res: { statusCode: reply.statusCode }, responseTime: reply.elapsedTime },
      'request completed',
    );
    done();
  });
}

/**
 * Standard output, written in batches: one write per request line would cost a system call on
 * every API request. A timer flushes a partial batch, so a quiet server's lines still appear
 * within a second; pino flushes what is left when the process exits.
 */
function bufferedStdout(): pino.DestinationStream {
  const interactive = process.stdout.isTTY;
  const destination = pino.destination({
    dest: 1,
    sync: false,
    minLength: interactive ? 0 : BUFFER_BYTES,
  });
  if (!interactive) setInterval(() => destination.flush(), FLUSH_EVERY_MS).unref();
  return destination;
}
