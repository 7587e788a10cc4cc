import fastifySwagger from '@fastify/swagger';
import { SCOPE_DESCRIPTIONS, type Scope } from '@bnder/shared';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config/load-config.js';
import { RESPONSE_HEADERS, referComponentHeaders } from './openapi-headers.js';
import { SESSION_COOKIE } from './session-cookie.js';

/**
 * The OpenAPI 3.1 document of /consumer/v1, generated from the JSON schemas of the routes
 * registered after this in the same scope: a route documents itself by declaring its schema.
 * Schemas added with `addSchema` become components.schemas under their `$id`.
 */
export async function registerOpenApi(api: FastifyInstance, config: Config): Promise<void> {
  await api.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Bnder API',
        version: '1.0.0',
        description:
          'The Bnder REST API. Send an OAuth access token as `Authorization: Bearer` ' +
          '(RFC 6750), or use the signed-in session, whose writes must carry this site’s Origin.',
      },
      components: { securitySchemes, headers: RESPONSE_HEADERS },
      security: [{ oauth2: [] }, { session: [] }],
    },
    refResolver: {
      buildLocalReference: (json, _baseUri, _fragment, index) =>
        typeof json.$id === 'string' ? json.$id : `def-${index}`,
    },
    // The public URL is read when the document is first asked for, not at start.
    transformObject: (document) => {
      if (!('openapiObject' in document)) return document.swaggerObject;
      document.openapiObject.servers = [{ url: config.publicUrl }];
      referComponentHeaders(document.openapiObject.paths ?? {});
      return document.openapiObject;
    },
  });
  api.get('/openapi.json', { schema: { hide: true }, config: { public: true } }, async () =>
    api.swagger(),
  );
}

/** Route description naming the scope a bearer token needs (RFC 6750 §3.1). */
export const needs = (scope: Scope) =>
  `Needs the \`${scope}\` scope with a bearer token, or the signed-in session.`;

/** An operation's security: a bearer token with `scope`, or the signed-in session. */
export function securedBy(scope: Scope): Record<string, string[]>[] {
  return [{ oauth2: [scope] }, { session: [] }];
}

// OpenAPI 3.1 §4.8.1: relative URLs resolve against the server URL.
const securitySchemes = {
  oauth2: {
    type: 'oauth2' as const,
    // OpenAPI 3.1 has no device flow object (3.2 adds one), so the description names it.
    description:
      'Authorization code grant with PKCE; the scopes are independent. Devices without a ' +
      'browser use the device authorization grant (RFC 8628) when their app allows it: ' +
      '`POST /oauth/device_authorization` with `client_id` and `scope` answers a `device_code` ' +
      'and a `user_code`; the user enters the code at `/device`, and the device polls ' +
      '`POST /oauth/token` with `grant_type=urn:ietf:params:oauth:grant-type:device_code` ' +
      'every `interval` seconds for the same tokens. A client may push the authorization ' +
      'request first (RFC 9126): `POST /oauth/par` with the authorize parameters and its client ' +
      'authentication answers `201` with a `request_uri`, and the authorize link then carries ' +
      '`client_id` and `request_uri` only.',
    flows: {
      authorizationCode: {
        authorizationUrl: '/oauth/authorize',
        tokenUrl: '/oauth/token',
        refreshUrl: '/oauth/token',
        scopes: { ...SCOPE_DESCRIPTIONS },
      },
    },
  },
  session: {
    type: 'apiKey' as const,
    in: 'cookie',
    name: SESSION_COOKIE,
    description: 'The signed-in Bnder session; its writes need this site’s Origin header.',
  },
};
