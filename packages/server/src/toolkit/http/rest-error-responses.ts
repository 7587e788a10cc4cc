import type { FastifyInstance, RouteOptions } from 'fastify';
import { BODY_TOO_LARGE_MESSAGE } from './body-limits.js';
import type { ResponseHeader } from './openapi-headers.js';
import { jsonAnswer } from './openapi-responses.js';
import { errorSchema, type RestErrorBody } from './rest-errors.js';

const errorAnswer = (
  description: string,
  examples: Record<string, { summary: string; value: RestErrorBody }>,
  headers?: Record<string, ResponseHeader>,
) => jsonAnswer(description, errorSchema, examples, headers);

const BAD_REQUEST = errorAnswer(
  'The request is malformed: a field, the JSON or the Authorization header',
  {
    field: {
      summary: 'A field breaks its rule',
      value: {
        error: 'invalid_request',
        error_description: 'Name must be at most 100 characters',
        field: 'name',
      },
    },
    header: {
      summary: 'The Authorization header is not `Bearer <token>` (RFC 6750 §3.1)',
      value: {
        error: 'invalid_request',
        error_description: 'The Authorization header must use the Bearer scheme',
      },
    },
  },
  { 'WWW-Authenticate': 'ErrorChallenge' },
);

const UNAUTHORIZED = errorAnswer(
  'No valid credentials: sign in, or send a valid bearer token',
  {
    missing: {
      summary: 'Neither a session nor a token',
      value: { error: 'unauthenticated', error_description: 'Sign in or send a bearer token' },
    },
    token: {
      summary: 'The token is invalid, expired or revoked (RFC 6750 §3.1)',
      value: {
        error: 'invalid_token',
        error_description: 'The access token is invalid, expired or revoked',
      },
    },
  },
  { 'WWW-Authenticate': 'Challenge' },
);

const FORBIDDEN = errorAnswer(
  'Not allowed: the token lacks the scope, or a session write came from another site, or a ' +
    'secret action, a delete or an edit that widens where tokens go needs a recent sign-in',
  {
    scope: {
      summary: 'The token lacks the scope (RFC 6750 §3.1)',
      value: { error: 'insufficient_scope', error_description: 'The token lacks the write scope' },
    },
    origin: {
      summary: 'A session write without this site’s Origin',
      value: {
        error: 'forbidden',
        error_description: 'Cross-site request refused: the Origin header must be this site',
      },
    },
    sudo: {
      summary:
        'A secret action, a delete, a new redirect URI or turning the device flow on needs a ' +
        'recent sign-in with the session',
      value: { error: 'sudo_required', error_description: 'Confirm your password to continue' },
    },
  },
  { 'WWW-Authenticate': 'ErrorChallenge' },
);

const NOT_FOUND = errorAnswer('No such resource of yours', {
  missing: {
    summary: 'Missing, or another user’s',
    value: { error: 'not_found', error_description: 'Not found' },
  },
});

const URI_TOO_LONG = errorAnswer('A path segment is over the router’s length limit', {
  long: {
    summary: 'Too long',
    value: { error: 'invalid_request', error_description: 'A path segment of the URL is too long' },
  },
});

const TOO_LARGE = errorAnswer('The body is over the API’s limit', {
  large: {
    summary: 'Too large',
    value: { error: 'invalid_request', error_description: BODY_TOO_LARGE_MESSAGE },
  },
});

const NOT_JSON = errorAnswer('The body is not JSON (Content-Type: application/json)', {
  form: {
    summary: 'A form or text body',
    value: {
      error: 'invalid_request',
      error_description: 'The body must be JSON, sent with Content-Type: application/json',
    },
  },
});

const HEADERS_TOO_LARGE = errorAnswer('The headers or the URL are over 16 KiB', {
  large: {
    summary: 'Too large',
    value: {
      error: 'invalid_request',
      error_description: 'The request headers or URL are too large',
    },
  },
});

const TOO_MANY = errorAnswer(
  'Too many requests: try again after Retry-After seconds',
  {
    limited: {
      summary: 'Over a rate limit',
      value: { error: 'too_many_requests', error_description: 'Too many requests' },
    },
  },
  { 'Retry-After': 'RetryAfter' },
);

const SERVER_ERROR = errorAnswer('An unexpected error; its details stay in the server log', {
  failed: {
    summary: 'Unexpected',
    value: { error: 'server_error', error_description: 'Internal server error' },
  },
});

const UNAVAILABLE = errorAnswer(
  'The service is briefly unavailable (its database is unreachable): retry after Retry-After seconds',
  {
    outage: {
      summary: 'Outage',
      value: {
        error: 'temporarily_unavailable',
        error_description: 'The service is temporarily unavailable; try again shortly',
      },
    },
  },
  { 'Retry-After': 'RetryAfter' },
);

/**
 * Adds the error answers every route of this scope can give to its response schema, so the
 * OpenAPI document lists them and Fastify serializes them: a route declares its successes only.
 * 404 and 414 are for routes with a path parameter; 413 and 415 for methods whose body Fastify
 * reads.
 */
export function documentErrorResponses(api: FastifyInstance): void {
  api.addHook('onRoute', (route: RouteOptions) => {
    if (route.schema?.hide) return;
    const readsBody = [route.method].flat().some((method) => !['GET', 'HEAD'].includes(method));
    route.schema = {
      ...route.schema,
      response: {
        400: BAD_REQUEST,
        401: UNAUTHORIZED,
        403: FORBIDDEN,
        ...(route.url.includes(':') ? { 404: NOT_FOUND, 414: URI_TOO_LONG } : {}),
        ...(readsBody ? { 413: TOO_LARGE, 415: NOT_JSON } : {}),
        429: TOO_MANY,
        431: HEADERS_TOO_LARGE,
        500: SERVER_ERROR,
        503: UNAVAILABLE,
        ...(route.schema?.response as object | undefined),
      },
    };
  });
}
