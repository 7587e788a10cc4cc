import type { FastifyInstance } from 'fastify';
import { noStore } from '../../toolkit/http/security-headers.js';
import { clientAuthInput } from '../client-auth-input.js';
import type { TokenEndpoint } from './token-endpoint.js';

/** POST /oauth/token: form in, tokens out, never cached (RFC 6749 §5.1). */
export function registerToken(app: FastifyInstance, endpoint: TokenEndpoint): void {
  app.post('/oauth/token', async (request, reply) => {
    noStore(reply);
    return reply.send(await endpoint.exchange(clientAuthInput(request)));
  });
}
