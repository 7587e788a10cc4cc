import type { FastifyInstance } from 'fastify';
import { noStore } from '../../toolkit/http/security-headers.js';
import { clientAuthInput } from '../client-auth-input.js';
import type { DeviceAuthorizationEndpoint } from './device-authorization.endpoint.js';

/** POST /oauth/device_authorization: form in, codes out, never cached (RFC 8628 §3.2). */
export function registerDeviceAuthorization(
  app: FastifyInstance,
  endpoint: DeviceAuthorizationEndpoint,
): void {
  app.post('/oauth/device_authorization', async (request, reply) => {
    noStore(reply);
    return reply.send(await endpoint.start(clientAuthInput(request)));
  });
}
