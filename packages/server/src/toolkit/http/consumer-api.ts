import fastifyCors from '@fastify/cors';
import type { Scope } from '@bnder/shared';
import type {
  FastifyBaseLogger,
  FastifyError,
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import { DomainError, httpStatusOf, type DomainErrorReason } from '../../errors/domain-error.js';
import type { Principal } from '../principal.js';
import type { Config } from '../../config/load-config.js';
import { safeErrorDescription } from '../../errors/error-description.js';
import { bearerChallenge } from './bearer-challenge.js';
import { authenticate, type CallerResolver } from './authenticate.js';
import { handleUnexpectedError } from './error-handler.js';
import { BODY_TOO_LARGE_MESSAGE, isBodyTooLarge, limitApiBodies } from './body-limits.js';
import { registerOpenApi } from './openapi.js';
import { PROTECTED_RESOURCES, protectResource } from './protected-resource.js';
import { documentErrorResponses } from './rest-error-responses.js';
import { errorSchema, type RestError } from './rest-errors.js';
import type { NamedSchema, ReplyTypes } from './reply-types.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Served without a caller, e.g. the OpenAPI document. */
    public?: boolean;
    /** Shows the caller's profile: a bearer check reads the user with the token. */
    profile?: boolean;
  }
}

/**
 * The /consumer/v1 scope, typed by a Fastify type provider over json-schema-to-ts: a route's
 * request types (Body, Querystring, Params) come from its request schemas, and what its
 * handler returns or sends is checked against its 2xx response schema, a `$ref` resolved among
 * `Schemas`, the response schemas the feature adds (`addResponseSchemas`). The schema that
 * validates, serializes and documents in OpenAPI is the handler's type: written once.
 */
export type ConsumerApi<Schemas extends readonly NamedSchema[] = []> = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ReplyTypes<Schemas>
>;

/**
 * Adds a feature's response schemas, by `$id` (the `$ref` targets of its answers, listed under
 * components.schemas), and types its routes' replies by them. Type-only beyond `addSchema`:
 * `withTypeProvider` returns the same instance.
 */
export function addResponseSchemas<const Schemas extends readonly NamedSchema[]>(
  api: ConsumerApi,
  schemas: Schemas,
): ConsumerApi<Schemas> {
  for (const schema of schemas) api.addSchema(schema);
  return api.withTypeProvider<ReplyTypes<Schemas>>();
}

/** A feature's REST routes, given the services they call. */
export type ConsumerRoutes<Deps> = (api: ConsumerApi, deps: Deps) => void | Promise<void>;

/** What the API scaffolding itself needs: the public URL (Origin checks, OpenAPI) and the caller. */
export type ConsumerApiDeps = { config: Config; principals: CallerResolver };

const REST_ERROR_CODES = {
  BAD_USER_INPUT: 'invalid_request',
  UNAUTHENTICATED: 'unauthenticated',
  FORBIDDEN: 'forbidden',
  NOT_FOUND: 'not_found',
  TOO_MANY_REQUESTS: 'too_many_requests',
} as const satisfies Record<DomainError['code'], RestError>;

/** A reason the client acts on gets an error code of its own (same status as its code). */
const REST_REASON_CODES = {
  SUDO_REQUIRED: 'sudo_required',
} as const satisfies Record<DomainErrorReason, RestError>;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The Bnder REST API under /consumer/v1: bearer tokens (RFC 6750) or the cookie session.
 * Cookie writes need the product's own Origin (CSRF); any JSON body must say so.
 * CORS answers any origin without credentials, since browser apps use bearer tokens.
 */
export async function registerConsumerApi(
  app: FastifyInstance,
  deps: ConsumerApiDeps,
  routes: ((api: ConsumerApi) => void | Promise<void>)[],
): Promise<void> {
  await app.register(
    async (api) => {
      await api.register(fastifyCors, {
        origin: '*',
        credentials: false,
        methods: ['GET', 'POST', 'PATCH', 'DELETE'],
        allowedHeaders: ['Authorization', 'Content-Type', 'DPoP'],
        // A browser app may read why it was refused (RFC 6750 §3) and when to retry.
        exposedHeaders: ['WWW-Authenticate', 'Retry-After', 'DPoP-Nonce'],
        maxAge: 600,
        // Any OPTIONS gets the CORS answer (as on /oauth/*), not a text/plain 400.
        strictPreflight: false,
      });
      protectResource(api, deps.config.publicUrl, PROTECTED_RESOURCES.rest);
      acceptJsonBodiesOnly(api);
      limitApiBodies(api);
      api.addHook('preValidation', (request, _reply, done) => {
        try {
          refuseUnknownFields(request);
          done();
        } catch (error) {
          done(error as Error);
        }
      });
      api.addSchema(errorSchema);
      documentErrorResponses(api);
      await registerOpenApi(api, deps.config);
      // The caller is checked on the headers alone, before any body is parsed or validated.
      const authenticateCaller = authenticate(deps.principals, needsProfile);
      const ownOrigin = new URL(deps.config.publicUrl).origin;
      api.addHook('onRequest', async (request, reply) => {
        if (isPublicRoute(request)) return;
        await authenticateCaller(request, reply);
        if (reply.sent) return;
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
            bearerChallenge({
              error: 'insufficient_scope',
              scope: error.scope,
              resource_metadata: request.resourceMetadata,
            }),
          );
          return sendError(reply, 403, 'insufficient_scope', error.message);
        }
        if (error instanceof DomainError) {
          if (error.retryAfterSeconds !== undefined)
            reply.header('Retry-After', String(error.retryAfterSeconds));
          return sendError(
            reply,
            httpStatusOf(error.code),
            error.reason ? REST_REASON_CODES[error.reason] : REST_ERROR_CODES[error.code],
            error.message,
            error.field,
          );
        }
        if (isBodyTooLarge(error))
          return sendError(reply, 413, 'invalid_request', BODY_TOO_LARGE_MESSAGE);
        // Client mistakes keep their 4xx; an outage is a 503; the rest a generic 500.
        return handleUnexpectedError(error as FastifyError, request, reply);
      });
      const typed: ConsumerApi = api.withTypeProvider<ReplyTypes<[]>>();
      for (const register of routes) await register(typed);
    },
    { prefix: '/consumer/v1' },
  );
}

const isPublicRoute = (request: FastifyRequest) => request.routeOptions.config.public === true;
const needsProfile = (request: FastifyRequest) => request.routeOptions.config.profile === true;

/** A body, where a request has one, must be JSON (docs/standards.md, "Input rules"); others get 415. Empty is none. */
function acceptJsonBodiesOnly(api: FastifyInstance): void {
  const parseJson = api.getDefaultJsonParser('error', 'error');
  api.removeAllContentTypeParsers();
  api.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (body === '') return done(null, undefined);
    // Fastify types the parser as callback- or promise-style; the default JSON one answers
    // through `done` and returns nothing, so there is no promise here to await.
    void parseJson(request, body as string, done);
  });
  api.addContentTypeParser('*', (_request, _payload, done) => {
    const error = new Error('The body must be JSON, sent with Content-Type: application/json');
    done(Object.assign(error, { statusCode: 415 }), undefined);
  });
}

/** Fastify's Ajv drops unknown properties silently; this API refuses them, naming the field. */
function refuseUnknownFields(request: FastifyRequest): void {
  const schema = request.routeOptions.schema?.body as
    { additionalProperties?: unknown; properties?: object } | undefined;
  const body = request.body;
  if (schema?.additionalProperties !== false || typeof body !== 'object' || body === null) return;
  if (Array.isArray(body)) return;
  const unknown = Object.keys(body).find((key) => !Object.hasOwn(schema.properties ?? {}, key));
  if (unknown !== undefined) {
    throw new DomainError('BAD_USER_INPUT', `Unknown field '${unknown}'`, unknown);
  }
}

/**
 * The one REST error serializer. Every 401 carries a challenge (RFC 9110 §15.5.2): a request
 * without credentials gets the bare Bearer challenge (RFC 6750 §3.1), unless one was set.
 */
export function sendError(
  reply: FastifyReply,
  status: number,
  error: RestError,
  description: string,
  field?: string,
): FastifyReply {
  if (status === 401 && !reply.hasHeader('WWW-Authenticate'))
    reply.header(
      'WWW-Authenticate',
      bearerChallenge({ resource_metadata: reply.request.resourceMetadata }),
    );
  return reply.code(status).send({
    error,
    error_description: safeErrorDescription(description),
    ...(field ? { field } : {}),
  });
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
