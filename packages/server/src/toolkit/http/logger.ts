import type { FastifyInstance, FastifyRequest, FastifyServerOptions } from 'fastify';
import { bufferedStdout } from './stdout-destination.js';

/**
 * Structured JSON logs (pino) with a request id on every line. The request line logs the path
 * without its query (an authorize link may wrongly carry a client secret) and no header at all:
 * it names its fields (registerRequestLog), and the `req` and `res` serializers below pick theirs
 * for any other line that logs a request, so a credential header never reaches a line
 * (test/hardening/log-hygiene). No redaction pass is needed on top; it cost a deep clone of
 * every line.
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
        path: pathOf(request.url),
        remoteAddress: request.ip,
      }),
      res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
    },
  };
}

/**
 * One structured line per request, written when the response is sent (method, path, status,
 * time). Its fields are flat strings and numbers: pino writes those directly, where nested
 * objects go through its general JSON serializer, which cost a tenth of a bearer-checked API
 * call's CPU (bench/results/profiles/R1.txt).
 */
export function registerRequestLog(app: FastifyInstance): void {
  app.addHook('onResponse', (request, reply, done) => {
    request.log.info(
      {
        method: request.method,
        path: pathOf(request.url),
        remoteAddress: request.ip,
        statusCode: reply.statusCode,
        responseTime: reply.elapsedTime,
      },
      'request completed',
    );
    done();
  });
}

/** The URL without its query, which an authorize link may wrongly carry a client secret in. */
function pathOf(url: string): string {
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}
