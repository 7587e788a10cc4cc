import type { FastifyInstance } from 'fastify';
import { noStore } from '../toolkit/http/security-headers.js';
import { clientAuthInput } from './client-auth-input.js';
import type { TokenIntrospection } from './introspection.js';

/** POST /oauth/introspect (RFC 7662 §2): client authentication required, JSON answer. */
export function registerIntrospect(app: FastifyInstance, introspection: TokenIntrospection): void {
  app.post('/oauth/introspect', async (request, reply) => {
    noStore(reply);
    return reply.send(await introspection.introspect(clientAuthInput(request)));
  });
}
