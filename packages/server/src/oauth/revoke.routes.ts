import type { FastifyInstance } from 'fastify';
import { noStore } from '../toolkit/http/security-headers.js';
import { clientAuthInput } from './client-auth-input.js';
import type { TokenRevocation } from './revocation.js';

/** POST /oauth/revoke (RFC 7009 §2): client authentication required, 200 with an empty body. */
export function registerRevoke(app: FastifyInstance, revocation: TokenRevocation): void {
  app.post('/oauth/revoke', async (request, reply) => {
    noStore(reply);
    await revocation.revoke(clientAuthInput(request));
    return reply.code(200).send();
  });
}
