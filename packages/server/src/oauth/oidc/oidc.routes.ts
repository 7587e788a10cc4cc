import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../config/load-config.js';
import { bearerChallenge, dpopChallenge } from '../../toolkit/http/bearer-challenge.js';
import { noStore } from '../../toolkit/http/security-headers.js';
import { serverMetadata } from '../metadata.js';
import type { SigningKeys } from './signing-keys.js';
import type { UserInfo } from './userinfo.js';

/**
 * Clients cache the key set this long; a new key is published before it signs anything only
 * within the key cache's few seconds, so a client that sees an unknown `kid` fetches again
 * (OpenID Connect Core §10.1.1), as the libraries do.
 */
const JWKS_MAX_AGE = 300;

/** OpenID Connect Discovery §4, the JWKS (RFC 7517 §5) and userinfo (Core §5.3). */
export function registerOpenId(
  app: FastifyInstance,
  config: Config,
  keys: SigningKeys,
  userInfo: UserInfo,
): void {
  app.get('/.well-known/openid-configuration', async (_request, reply) => {
    reply.header('Cache-Control', 'public, max-age=300');
    return reply.send(serverMetadata(config.publicUrl));
  });
  app.get('/oauth/jwks', async (_request, reply) => {
    reply.header('Cache-Control', `public, max-age=${JWKS_MAX_AGE}`);
    return reply.type('application/jwk-set+json').send(await keys.jwks());
  });
  const answerUserInfo = async (request: FastifyRequest, reply: FastifyReply) => {
    noStore(reply);
    const answer = await userInfo.answer({
      authorization: request.headers.authorization,
      dpop: request.headers.dpop as string | undefined,
      method: request.method,
      url: request.url,
    });
    if (answer.status === 200) return reply.send(answer.claims);
    if (answer.dpop?.nonce !== undefined) reply.header('DPoP-Nonce', answer.dpop.nonce);
    // RFC 9449 §7.1: a refusal of a DPoP request is answered in the DPoP scheme.
    const challenge =
      answer.dpop && answer.error
        ? dpopChallenge(
            { error: answer.error, error_description: answer.description ?? '' },
            answer.dpop.algs,
          )
        : bearerChallenge({
            ...(answer.error ? { error: answer.error } : {}),
            ...(answer.description ? { error_description: answer.description } : {}),
            ...(answer.error === 'insufficient_scope' ? { scope: 'openid' } : {}),
          });
    reply.code(answer.status).header('WWW-Authenticate', challenge);
    return reply.send(
      answer.error
        ? { error: answer.error, error_description: answer.description }
        : { error: 'invalid_token', error_description: 'An access token is required' },
    );
  };
  app.get('/oauth/userinfo', answerUserInfo);
  app.post('/oauth/userinfo', answerUserInfo);
}
