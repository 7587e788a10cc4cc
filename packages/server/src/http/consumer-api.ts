import fastifyCors from '@fastify/cors';
import type { Scope } from '@bnder/shared';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, httpStatusOf } from '../errors/domain-error.js';
import type { Principal } from '../principals/principal.js';
import type { Services } from '../services.js';
import { authenticate } from './authenticate.js';

export type ConsumerRoutes = (api: FastifyInstance, services: Services) => void | Promise<void>;

const REST_ERROR_CODES = {
  BAD_USER_INPUT: 'invalid_request',
  UNAUTHENTICATED: 'unauthenticated',
  FORBIDDEN: 'forbidden',
  NOT_FOUND: 'not_found',
  TOO_MANY_REQUESTS: 'too_many_requests',
} as const;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The Bnder REST API under /consumer/v1: bearer tokens (RFC 6750) or the cookie session.
 * Cookie writes need the product's own Origin (CSRF); any JSON body must say so.
 * CORS answers any origin without credentials, since browser apps use bearer tokens.
 */
export async function registerConsumerApi(
  app: FastifyInstance,
  services: Services,
  routes: ConsumerRoutes[],
): Promise<void> {
  const ownOrigin = new URL(services.config.publicUrl).origin;
  await app.register(
    async (api) => {
      await api.register(fastifyCors, {
        origin: '*',
        credentials: false,
        methods: ['GET', 'POST', 'PATCH', 'DELETE'],
        allowedHeaders: ['Authorization', 'Content-Type'],
        maxAge: 600,
      });
      api.addHook('preHandler', authenticate(services.principals));
      api.addHook('preHandler', async (request, reply) => {
        if (!request.principal)
          return sendError(reply, 401, 'unauthenticated', 'Sign in or send a bearer token');
        if (request.principal.kind === 'session' && !SAFE_METHODS.has(request.method)) {
          if (request.headers.origin !== ownOrigin) {
            return sendError(
              reply,
              403,
              'forbidden',
              'Cross-site request refused: the Origin header must be this site',
            );
          }
        }
      });
      api.setErrorHandler(async (error, request, reply) => {
        if (error instanceof InsufficientScope) {
          reply.header(
            'WWW-Authenticate',
            `Bearer error="insufficient_scope", scope="${error.scope}"`,
          );
          return sendError(reply, 403, 'insufficient_scope', error.message);
        }
        if (error instanceof DomainError) {
          if (error.retryAfterSeconds !== undefined)
            reply.header('Retry-After', String(error.retryAfterSeconds));
          return sendError(
            reply,
            httpStatusOf(error.code),
            REST_ERROR_CODES[error.code],
            error.message,
            error.field,
          );
        }
        const status = (error as { statusCode?: number }).statusCode;
        if (status !== undefined && status >= 400 && status < 500) {
          return sendError(reply, status, 'invalid_request', (error as Error).message);
        }
        request.log.error({ err: error }, 'consumer api failed');
        return sendError(reply, 500, 'server_error', 'Internal server error');
      });
      for (const register of routes) await register(api, services);
    },
    { prefix: '/consumer/v1' },
  );
}

export function sendError(
  reply: FastifyReply,
  status: number,
  error: string,
  description: string,
  field?: string,
): FastifyReply {
  return reply
    .code(status)
    .send({ error, error_description: description, ...(field ? { field } : {}) });
}

/**
 * The caller, checked for one scope. A session holds every scope; a bearer token needs it
 * (RFC 6750 §3.1 insufficient_scope, naming the scope needed).
 */
export function requireScope(request: FastifyRequest, scope: Scope): Principal {
  const principal = request.principal;
  if (!principal) throw new DomainError('UNAUTHENTICATED', 'Sign in or send a bearer token');
  if (principal.kind === 'token' && !principal.scopes.includes(scope))
    throw new InsufficientScope(scope);
  return principal;
}

export class InsufficientScope extends DomainError {
  constructor(readonly scope: Scope) {
    super('FORBIDDEN', `The token lacks the ${scope} scope`);
  }
}
