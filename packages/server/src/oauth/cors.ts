import type { FastifyInstance } from 'fastify';

/**
 * CORS for any origin without credentials on the endpoints browser apps call with their own
 * credentials (never cookies). Registered only in the scope that holds those routes, so
 * /oauth/authorize and the consent page send no CORS headers at all.
 */
export function allowAnyOrigin(scope: FastifyInstance, paths: readonly string[]): void {
  scope.addHook('onRequest', (_request, reply, done) => {
    reply.header('Access-Control-Allow-Origin', '*');
    reply.header('Access-Control-Expose-Headers', 'WWW-Authenticate, Retry-After, DPoP-Nonce');
    done();
  });
  for (const path of paths) {
    scope.options(path, async (_request, reply) =>
      reply
        .code(204)
        .header('Access-Control-Allow-Methods', 'GET, POST, OPTIONS')
        .header('Access-Control-Allow-Headers', 'Authorization, Content-Type, DPoP')
        .header('Access-Control-Max-Age', '600')
        .send(),
    );
  }
}
