import fastifyCookie from '@fastify/cookie';
import fastifyFormbody from '@fastify/formbody';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import { meRoutes } from '../api/me.routes.js';
import { notesRoutes } from '../api/notes.routes.js';
import { appsRoutes } from '../apps/apps.routes.js';
import { appActivityRoutes } from '../apps/app-activity.routes.js';
import { registerGraphQL } from './graphql.routes.js';
import { registerOAuth } from '../oauth/oauth.routes.js';
import { registerConsumerApi } from '../toolkit/http/consumer-api.js';
import type { Services } from './services.js';
import { handleUnexpectedError } from '../toolkit/http/error-handler.js';
import { registerGracefulClose } from './graceful-close.js';
import { registerHealth } from './health.routes.js';
import { registerReadiness } from './readiness.js';
import { registerMetricsEndpoint, registerRequestMetrics } from './metrics.routes.js';
import { registerResponseHeaders } from '../toolkit/http/response-headers.js';
import { loggerOptions, registerRequestLog } from '../toolkit/http/logger.js';
import { handleClientError, handleFrameworkError } from '../toolkit/http/malformed-requests.js';
import { registerJsonCompression } from './json-compression.js';
import { registerSpa } from './spa.js';
import { registerCredentialReports } from '../oauth/credentials/credentials.routes.js';

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
    // TRUST_PROXY: only the listed proxies' X-Forwarded-For / -Proto set request.ip and
    // request.protocol; unset, those headers are ignored and a client cannot pick its address.
    trustProxy: config.trustedProxies.length > 0 ? [...config.trustedProxies] : false,
    // One line per request (written on response) instead of Fastify's two: see logger.ts.
    logController: new LogController({ disableRequestLogging: true }),
    // A wrong JSON type is a client error, not something to convert silently.
    ajv: { customOptions: { coerceTypes: false, removeAdditional: false } },
    // Malformed URLs and HTTP get the same JSON error shape as everything else.
    frameworkErrors: handleFrameworkError,
    clientErrorHandler: handleClientError,
  });
  app.decorateRequest('principal', null);
  app.setErrorHandler(handleUnexpectedError);
  registerResponseHeaders(app, config.publicUrl);
  registerGracefulClose(app);
  registerRequestLog(app);
  registerRequestMetrics(app, services.metrics);
  registerMetricsEndpoint(app, services.metrics, config);
  app.addHook('onClose', async () => services.limiter.close());
  app.addHook('onClose', async () => services.dpopReplays.close());
  await registerJsonCompression(app);
  await app.register(fastifyCookie);
  await app.register(fastifyFormbody);
  registerHealth(app, services.db);
  registerReadiness(app, services.db, services.readiness);
  await registerGraphQL(app, services);
  // REST resources under /consumer/v1, one module per feature.
  await registerConsumerApi(app, services, [
    (api) => meRoutes(api, services),
    (api) => notesRoutes(api, services),
    (api) => appsRoutes(api, services),
    (api) => appActivityRoutes(api, services),
  ]);
  await registerOAuth(app, services.oauth, services.config);
  await registerCredentialReports(app, {
    leaked: services.leaks.leakedCredentials,
    limiter: services.limiter,
    limits: config.rateLimits,
    scanningKeys: services.leaks.scanningKeys,
  });
  await registerSpa(app, config.webDistDir);
  return app;
}
