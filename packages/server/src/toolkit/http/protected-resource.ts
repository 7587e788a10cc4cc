import type { FastifyInstance } from 'fastify';
import { API_SCOPES, SPA_PAGES } from '@bnder/shared';

/**
 * The APIs this server protects, as RFC 9728 resources. The root one (`<issuer>`) names the
 * whole API: a token from this authorization server works at both of the others. Each API also
 * has its own identifier, because a client that only knows an API's URL derives the metadata
 * URL from that URL (RFC 9728 §3.1) and then checks that the document's `resource` is the
 * identifier it asked for (§3.3); every 401 of an API points at its own document (§5.1).
 */
export const PROTECTED_RESOURCES = {
  all: { path: '', name: 'Bnder API' },
  rest: { path: '/consumer/v1', name: 'Bnder REST API' },
  graphql: { path: '/graphql', name: 'Bnder GraphQL API' },
} as const;

export type ProtectedResource = (typeof PROTECTED_RESOURCES)[keyof typeof PROTECTED_RESOURCES];

const WELL_KNOWN = '/.well-known/oauth-protected-resource';

/** RFC 9728 §3.1: the well-known segment goes between the host and the resource's path. */
export function resourceMetadataPath(resource: ProtectedResource): string {
  return `${WELL_KNOWN}${resource.path}`;
}

export function resourceMetadataUrl(issuer: string, resource: ProtectedResource): string {
  return `${new URL(issuer).origin}${resourceMetadataPath(resource)}`;
}

/** RFC 9728 §2: exactly what this resource accepts, nothing more. */
export function protectedResourceMetadata(issuer: string, resource: ProtectedResource) {
  return {
    resource: `${issuer}${resource.path}`,
    resource_name: resource.name,
    // This server is its own and only authorization server (RFC 8414 §2 `issuer`).
    authorization_servers: [issuer],
    // The API's own scopes: the identity scopes (OpenID Connect) are for userinfo, not this resource.
    scopes_supported: [...API_SCOPES],
    // RFC 6750 §2.1 only: the API reads no token from a form body or the query.
    bearer_methods_supported: ['header'],
    resource_documentation: `${issuer}${SPA_PAGES.developersApi}`,
  };
}

declare module 'fastify' {
  interface FastifyRequest {
    /** RFC 9728 §5.1: the metadata URL of the resource this request asked for, if protected. */
    resourceMetadata: string | undefined;
  }
}

/** Marks a scope as one protected resource, so every challenge it sends names its metadata. */
export function protectResource(
  scope: FastifyInstance,
  issuer: string,
  resource: ProtectedResource,
): void {
  scope.decorateRequest('resourceMetadata', resourceMetadataUrl(issuer, resource));
}
