import fastifyCookie from '@fastify/cookie';
import fastifyFormbody from '@fastify/formbody';
import Fastify, { type FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import { registerGraphQL } from '../graphql/graphql.routes.js';
import { registerConsumerApi, type ConsumerRoutes } from './consumer-api.js';
import type { Services } from '../services.js';
import { registerHealth } from './health.routes.js';
import { loggerOptions } from './logger.js';
import { registerSpa } from './spa.js';

/** Builds the one Fastify app that serves the SPA, /graphql, the REST API and the OAuth endpoints. */
export async function buildApp(
  services: Services,
  logStream?: NodeJS.WritableStream,
): Promise<FastifyInstance> {
  const { config } = services;
  const app = Fastify({
    logger: loggerOptions(config.logLevel, logStream),
    genReqId: () => randomUUID(),
    bodyLimit: 1024 * 1024,
    trustProxy: false,
  });
  app.decorateRequest('principal', null);
  app.addHook('onSend', async (_request, reply) => {
    reply.header('X-Content-Type-Options', 'nosniff');
  });
  await app.register(fastifyCookie);
  await app.register(fastifyFormbody);
  registerHealth(app, services.db);
  await registerGraphQL(app, services);
  // REST resources under /consumer/v1, one module per feature.
  const consumerRoutes: ConsumerRoutes[] = [];
  await registerConsumerApi(app, services, consumerRoutes);
  await registerSpa(app, config.webDistDir);
  return app;
}
