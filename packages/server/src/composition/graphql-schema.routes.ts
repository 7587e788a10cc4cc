import { createRequire } from 'node:module';
import type { GraphQLSchema } from 'graphql';
import type { FastifyInstance } from 'fastify';

// The schema is built by type-graphql, which requires graphql's CommonJS build; a bundler that
// resolves `import 'graphql'` to its ES build would hand us a second copy that rejects the
// schema's types ("from another module or realm"). Requiring it uses the schema's own copy.
const graphql = createRequire(import.meta.url)('graphql') as typeof import('graphql');

/** Where the schema is published: the developer guide links here. */
export const SCHEMA_DOCUMENT_PATH = '/graphql/schema.graphql';

/**
 * GET /graphql/schema.graphql: the schema as SDL, printed as the checked-in schema.graphql is.
 * It is public (it names types, no data) and stays up in production, where introspection is
 * off, so client code generators have a stable URL to read it from.
 */
export function registerSchemaDocument(app: FastifyInstance, schema: GraphQLSchema): void {
  const sdl = graphql.printSchema(graphql.lexicographicSortSchema(schema)) + '\n';
  app.get(SCHEMA_DOCUMENT_PATH, async (_request, reply) =>
    reply
      .type('text/plain; charset=utf-8')
      .header('Cache-Control', 'no-cache')
      .header('Access-Control-Allow-Origin', '*')
      .send(sdl),
  );
}
