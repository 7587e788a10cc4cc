import type { FastifyInstance } from 'fastify';
import { noStore } from '../../toolkit/http/security-headers.js';
import { clientAuthInput } from '../client-auth-input.js';
import type { PushedAuthorizationEndpoint } from './pushed-authorization.endpoint.js';

/** POST /oauth/par: form in, `201` with the request_uri out, never cached (RFC 9126 §2.2). */
export function registerPushedAuthorization(
  app: FastifyInstance,
  endpoint: PushedAuthorizationEndpoint,
): void {
  app.post('/oauth/par', async (request, reply) => {
    noStore(reply);
    return reply.code(201).send(await endpoint.push(clientAuthInput(request)));
  });
}
