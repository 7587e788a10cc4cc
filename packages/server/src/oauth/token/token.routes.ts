import type { FastifyInstance } from 'fastify';
import { noStore } from '../../toolkit/http/security-headers.js';
import { clientAuthInput } from '../client-auth-input.js';
import type { TokenEndpoint } from './token-endpoint.js';

/** POST /oauth/token: form in, tokens out, never cached (RFC 6749 §5.1). */
export function registerToken(app: FastifyInstance, endpoint: TokenEndpoint): void {
  app.post('/oauth/token', async (request, reply) => {
    noStore(reply);
    // RFC 9449 §8: kept when the exchange fails too, so a use_dpop_nonce error carries it.
    reply.header('DPoP-Nonce', endpoint.dpopNonce());
    return reply.send(await endpoint.exchange(clientAuthInput(request)));
  });
}
