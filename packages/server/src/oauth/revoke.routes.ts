import type { FastifyInstance } from 'fastify';
import { noStore } from '../toolkit/http/security-headers.js';
import { clientAuthInput } from './client-auth-input.js';
import type { TokenRevocation } from './revocation.js';

/**
 * POST /oauth/revoke (RFC 7009 §2): 200 whatever the token was. §2.2 leaves the body open; `{}`
 * as JSON is what clients that parse every OAuth answer as JSON (simple-oauth2) can read.
 */
export function registerRevoke(app: FastifyInstance, revocation: TokenRevocation): void {
  app.post('/oauth/revoke', async (request, reply) => {
    noStore(reply);
    await revocation.revoke(clientAuthInput(request));
    return reply.code(200).send({});
  });
}
