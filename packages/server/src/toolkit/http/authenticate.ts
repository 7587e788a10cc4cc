import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Principal } from '../principal.js';
import { bearerChallenge } from './bearer-challenge.js';
import { readSessionCookie } from './session-cookie.js';

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
}

/** Sends the body of a refused caller; status and WWW-Authenticate are already set. */
export type RejectCaller = (
  reply: FastifyReply,
  reason: 'invalid_token' | 'invalid_request',
  description: string,
) => FastifyReply;

export type Credentials = {
  authorization?: string | undefined;
  sessionCookie?: string | undefined;
  /** Whether the operation shows the caller's profile, so a bearer check reads the user too. */
  withProfile: boolean;
};

export type ResolvedPrincipal =
  | { ok: true; principal: Principal | null }
  | { ok: false; reason: 'invalid_token' | 'invalid_request' };

/** Finds who is calling from a request's credentials; `principals/` implements it. */
export type CallerResolver = { resolve(credentials: Credentials): Promise<ResolvedPrincipal> };

const rejectAsJson: RejectCaller = (reply, reason, description) =>
  reply.send({ error: reason, error_description: description });

/**
 * A preHandler that resolves the caller. A bad bearer token ends the request here with
 * RFC 6750 §3.1 `invalid_token` (or `invalid_request` for a malformed header).
 * `withProfile` says whether the request's operation shows the caller's profile.
 */
export function authenticate(
  principals: CallerResolver,
  withProfile: (request: FastifyRequest) => boolean,
  reject: RejectCaller = rejectAsJson,
) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const resolved = await principals.resolve({
      authorization: request.headers.authorization,
      sessionCookie: readSessionCookie(request),
      withProfile: withProfile(request),
    });
    if (resolved.ok) {
      request.principal = resolved.principal;
      return;
    }
    const status = resolved.reason === 'invalid_token' ? 401 : 400;
    const description =
      resolved.reason === 'invalid_token'
        ? 'The access token is invalid, expired or revoked'
        : 'The Authorization header must be Bearer followed by the token';
    reply.code(status).header(
      'WWW-Authenticate',
      bearerChallenge({
        error: resolved.reason,
        error_description: description,
        resource_metadata: request.resourceMetadata,
      }),
    );
    await reject(reply, resolved.reason, description);
  };
}
