import type { FastifyInstance } from 'fastify';
import type { Config } from '../config/load-config.js';
import {
  PROTECTED_RESOURCES,
  protectedResourceMetadata,
  resourceMetadataPath,
} from '../toolkit/http/protected-resource.js';

/** The paths of GET /.well-known/oauth-protected-resource[/consumer/v1|/graphql] (RFC 9728 §3). */
export const PROTECTED_RESOURCE_PATHS =
  Object.values(PROTECTED_RESOURCES).map(resourceMetadataPath);

/** RFC 9728 §3.2: the protected resource metadata, one document per resource identifier. */
export function registerProtectedResourceMetadata(app: FastifyInstance, config: Config): void {
  for (const resource of Object.values(PROTECTED_RESOURCES)) {
    const document = protectedResourceMetadata(config.publicUrl, resource);
    app.get(resourceMetadataPath(resource), async (_request, reply) => {
      reply.header('Cache-Control', 'public, max-age=300');
      return reply.send(document);
    });
  }
}
