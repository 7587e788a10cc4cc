import type { FastifyInstance } from 'fastify';
import { limitApiBodies } from '../toolkit/http/body-limits.js';
import type { Config } from '../config/load-config.js';
import type { OAuthServices } from './oauth.services.js';
import { registerAuthorize } from './authorize/authorize.routes.js';
import { registerDeviceAuthorization } from './device/device-authorization.routes.js';
import { allowAnyOrigin } from './cors.js';
import { sendOAuthError, toOAuthError } from './error-handler.js';
import { parseForm } from './form.js';
import { registerIntrospect } from './introspect.routes.js';
import { registerMetadata } from './metadata.routes.js';
import { registerPushedAuthorization } from './par/par.routes.js';
import { registerOpenId } from './oidc/oidc.routes.js';
import {
  PROTECTED_RESOURCE_PATHS,
  registerProtectedResourceMetadata,
} from './protected-resource.routes.js';
import { registerRevoke } from './revoke.routes.js';
import { registerToken } from './token/token.routes.js';

const FORM = 'application/x-www-form-urlencoded';
const CORS_PATHS = [
  '/oauth/token',
  '/oauth/revoke',
  '/oauth/introspect',
  '/oauth/device_authorization',
  '/oauth/par',
  '/.well-known/oauth-authorization-server',
  '/.well-known/openid-configuration',
  '/oauth/jwks',
  '/oauth/userinfo',
  ...PROTECTED_RESOURCE_PATHS,
];

/**
 * Every OAuth endpoint. The browser-facing authorize endpoint lives apart from the endpoints
 * that clients call directly, which answer CORS and speak RFC 6749 §5.2 errors.
 */
export async function registerOAuth(
  app: FastifyInstance,
  oauth: OAuthServices,
  config: Config,
): Promise<void> {
  registerAuthorize(app, oauth.authorize);
  await app.register(async (scope) => {
    allowAnyOrigin(scope, CORS_PATHS);
    limitApiBodies(scope);
    parseFormsStrictly(scope);
    scope.setErrorHandler(async (error, request, reply) =>
      sendOAuthError(reply, toOAuthError(error, request)),
    );
    registerToken(scope, oauth.token);
    registerRevoke(scope, oauth.revocation);
    registerIntrospect(scope, oauth.introspection);
    registerDeviceAuthorization(scope, oauth.deviceAuthorization);
    registerPushedAuthorization(scope, oauth.pushedAuthorization);
    registerMetadata(scope, config);
    registerOpenId(scope, config, oauth.signingKeys, oauth.userInfo);
    registerProtectedResourceMetadata(scope, config);
  });
}

/** RFC 6749 §3.2: form-encoded bodies, read strictly (see parseForm) in this scope only. */
function parseFormsStrictly(scope: FastifyInstance): void {
  scope.removeContentTypeParser(FORM);
  scope.addContentTypeParser(FORM, { parseAs: 'string' }, (_request, body, done) => {
    try {
      done(null, parseForm(body as string));
    } catch (error) {
      done(error as Error, undefined);
    }
  });
}
