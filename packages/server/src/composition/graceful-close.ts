import type { FastifyInstance } from 'fastify';

/**
 * On shutdown, requests already in flight finish, and their keep-alive connections close right
 * after the response instead of holding `close()` open until the keep-alive timeout.
 */
export function registerGracefulClose(app: FastifyInstance): void {
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (closing) reply.header('Connection', 'close');
    done(null, payload);
  });
}
