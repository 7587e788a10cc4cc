import type { FastifyInstance } from 'fastify';
import type { Services } from '../services.js';
import { registerAuthorize } from './authorize/authorize.routes.js';
import { allowAnyOrigin } from './cors.js';
import { sendOAuthError, toOAuthError } from './error-handler.js';
import { registerIntrospect } from './introspect.routes.js';
import { registerMetadata } from './metadata.routes.js';
import { registerRevoke } from './revoke.routes.js';
import { registerToken } from './token/token.routes.js';

const CORS_PATHS = [
  '/oauth/token',
  '/oauth/revoke',
  '/oauth/introspect',
  '/.well-known/oauth-authorization-server',
] as const;

/**
 * Every OAuth endpoint. The browser-facing authorize endpoint lives apart from the endpoints
 * that clients call directly, which answer CORS and speak RFC 6749 §5.2 errors.
 */
export async function registerOAuth(app: FastifyInstance, services: Services): Promise<void> {
  const { oauth } = services;
  registerAuthorize(app, oauth.authorize);
  await app.register(async (scope) => {
    allowAnyOrigin(scope, CORS_PATHS);
    scope.setErrorHandler(async (error, request, reply) =>
      sendOAuthError(reply, toOAuthError(error, request)),
    );
    registerToken(scope, oauth.token);
    registerRevoke(scope, oauth.revocation);
    registerIntrospect(scope, oauth.introspection);
    registerMetadata(scope, services.config);
  });
}
