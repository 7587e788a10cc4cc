import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Principal } from '../principal.js';
import { bearerChallenge, dpopChallenge } from './bearer-challenge.js';
import { readSessionCookie } from './session-cookie.js';

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
}

/** Why a caller is refused: RFC 6750 §3.1, and RFC 9449 §7.1 and §9 for DPoP. */
export type CallerRefusal =
  'invalid_token' | 'invalid_request' | 'invalid_dpop_proof' | 'use_dpop_nonce';

/** Sends the body of a refused caller; status and WWW-Authenticate are already set. */
export type RejectCaller = (
  reply: FastifyReply,
  reason: CallerRefusal,
  description: string,
) => FastifyReply;

export type Credentials = {
  authorization?: string | undefined;
  sessionCookie?: string | undefined;
  /** Whether the operation shows the caller's profile, so a bearer check reads the user too. */
  withProfile: boolean;
  /** The `DPoP` header, and what a proof must cover (RFC 9449 §7.1): read only for DPoP tokens. */
  dpop?: string | undefined;
  method?: string;
  /** The request's path and query, as received. */
  url?: string;
};

/** A refusal in the DPoP scheme (RFC 9449 §7.1): its challenge names the algorithms. */
export type DpopRefusal = { algs: readonly string[]; nonce?: string };

export type ResolvedPrincipal =
  | { ok: true; principal: Principal | null }
  | { ok: false; reason: CallerRefusal; description?: string; dpop?: DpopRefusal };

const DESCRIPTIONS: Record<CallerRefusal, string> = {
  invalid_token: 'The access token is invalid, expired or revoked',
  invalid_request: 'The Authorization header must be Bearer or DPoP followed by the token',
  invalid_dpop_proof: 'The DPoP proof is invalid',
  use_dpop_nonce: 'Resend the proof with the nonce in DPoP-Nonce',
};

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
      dpop: request.headers.dpop as string | undefined,
      method: request.method,
      url: request.url,
    });
    if (resolved.ok) {
      request.principal = resolved.principal;
      return;
    }
    const status = resolved.reason === 'invalid_request' ? 400 : 401;
    const description = resolved.description ?? DESCRIPTIONS[resolved.reason];
    const params = {
      error: resolved.reason,
      error_description: description,
      resource_metadata: request.resourceMetadata,
    };
    reply
      .code(status)
      .header(
        'WWW-Authenticate',
        resolved.dpop ? dpopChallenge(params, resolved.dpop.algs) : bearerChallenge(params),
      );
    if (resolved.dpop?.nonce !== undefined) reply.header('DPoP-Nonce', resolved.dpop.nonce);
    await reject(reply, resolved.reason, description);
  };
}
