import type { FastifyInstance } from 'fastify';

/**
 * The body limit of the API entry points (/graphql, /consumer/v1, /oauth/*). The largest valid
 * request, a 10,000-character note with every character JSON-escaped (`\u0001`, 6 bytes), fits;
 * anything bigger is refused with 413 before it is parsed. The rest of the app keeps 1 MiB.
 */
export const API_BODY_LIMIT = 64 * 1024;

/** Gives every route registered from now on in this scope (and its children) the API limit. */
export function limitApiBodies(scope: FastifyInstance): void {
  scope.addHook('onRoute', (route) => {
    route.bodyLimit ??= API_BODY_LIMIT;
  });
}

/** True for Fastify's 413 (FST_ERR_CTP_BODY_TOO_LARGE), raised before any parser runs. */
export function isBodyTooLarge(error: unknown): boolean {
  return (error as { statusCode?: unknown } | null)?.statusCode === 413;
}

export const BODY_TOO_LARGE_MESSAGE = `The request body is too large (the limit is ${API_BODY_LIMIT / 1024} KiB)`;
