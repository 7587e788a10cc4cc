import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Config } from '../config/load-config.js';
import { constantTimeEqual } from '../crypto/tokens.js';
import type { Metrics } from './metrics.js';

const TOKEN_ROUTE = '/oauth/token';
const KNOWN_GRANTS = new Set([
  'authorization_code',
  'refresh_token',
  'urn:ietf:params:oauth:grant-type:device_code',
]);

/**
 * One histogram observation per request, in onResponse, labelled with the route pattern
 * (`/consumer/v1/notes/:id`, never the URL with its ids and query). The token endpoint also
 * counts its outcome: the grant type and the RFC 6749 §5.2 error code, read from its answer.
 * Registered before the routes, so the token route gets its onSend hook.
 */
export function registerRequestMetrics(app: FastifyInstance, metrics: Metrics): void {
  const tokenErrors = new WeakMap<FastifyRequest, string>();
  app.addHook('onRoute', (route) => {
    if (route.url !== TOKEN_ROUTE) return;
    const readError = async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
      if (reply.statusCode >= 400 && typeof payload === 'string')
        tokenErrors.set(request, errorCodeOf(payload));
      return payload;
    };
    route.onSend = [...[route.onSend ?? []].flat(), readError];
  });
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.requests.observe(
      { method: request.method, route, status: reply.statusCode },
      reply.elapsedTime / 1000,
    );
    if (route === TOKEN_ROUTE && request.method === 'POST') {
      const grant = (request.body as Record<string, unknown> | undefined)?.grant_type;
      metrics.tokenOutcomes.inc({
        grant_type: typeof grant === 'string' && KNOWN_GRANTS.has(grant) ? grant : 'other',
        error: tokenErrors.get(request) ?? 'none',
      });
    }
  });
}

function errorCodeOf(payload: string): string {
  try {
    const error = (JSON.parse(payload) as { error?: unknown }).error;
    return typeof error === 'string' && /^[a-z_]{1,40}$/.test(error) ? error : 'other';
  } catch {
    return 'other';
  }
}

/**
 * GET /metrics. With METRICS_PORT, on a listener of its own (on HOST), started and closed with
 * the app; otherwise, with METRICS_TOKEN, on the main port. Where METRICS_TOKEN is set, a scrape
 * must send it as a bearer token (compared in constant time); with neither, there is no /metrics.
 */
export function registerMetricsEndpoint(
  app: FastifyInstance,
  metrics: Metrics,
  config: Pick<Config, 'metricsPort' | 'metricsToken' | 'host'>,
): void {
  const { metricsPort, metricsToken } = config;
  if (metricsPort === undefined) {
    if (metricsToken !== undefined) addMetricsRoute(app, metrics, metricsToken);
    return;
  }
  const listener = Fastify({ logger: false });
  addMetricsRoute(listener, metrics, metricsToken);
  app.addHook('onReady', async () => {
    await listener.listen({ port: metricsPort, host: config.host });
  });
  app.addHook('onClose', async () => listener.close());
}

function addMetricsRoute(target: FastifyInstance, metrics: Metrics, token: string | undefined) {
  target.get('/metrics', async (request, reply) => {
    reply.header('Cache-Control', 'no-store');
    if (token !== undefined && !bearerMatches(request.headers.authorization, token)) {
      reply.header('WWW-Authenticate', 'Bearer realm="metrics"');
      return reply
        .code(401)
        .send({ error: 'invalid_token', error_description: 'Bearer token required' });
    }
    return reply.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
}

/** RFC 6750 §2.1: `Bearer <token>`, the scheme case-insensitive. */
function bearerMatches(header: string | undefined, token: string): boolean {
  const match = /^Bearer +(\S+)$/i.exec(header?.trim() ?? '');
  return constantTimeEqual(match?.[1] ?? '', token);
}
