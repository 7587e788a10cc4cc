import type { FastifyInstance } from 'fastify';
import type { Config } from '../config/load-config.js';
import { serverMetadata } from './metadata.js';

/** GET /.well-known/oauth-authorization-server (RFC 8414 §3). */
export function registerMetadata(app: FastifyInstance, config: Config): void {
  app.get('/.well-known/oauth-authorization-server', async (_request, reply) => {
    reply.header('Cache-Control', 'public, max-age=300');
    return reply.send(serverMetadata(config.publicUrl));
  });
}
