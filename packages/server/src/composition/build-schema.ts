import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type ContainerType, type NonEmptyArray } from 'type-graphql';
import { authChecker } from '../toolkit/graphql/auth-checker.js';
import { domainErrors } from '../toolkit/graphql/domain-errors.middleware.js';

export type ResolverInstances = NonEmptyArray<object>;

/**
 * Builds the schema from resolver instances that already hold their services: type-graphql asks
 * this container for each resolver class instead of constructing it (no global data source).
 */
export async function buildGraphQLSchema(resolvers: ResolverInstances): Promise<GraphQLSchema> {
  const byClass = new Map<unknown, object>(resolvers.map((r) => [r.constructor, r]));
  const container: ContainerType = {
    get: (someClass) => {
      const instance = byClass.get(someClass);
      if (!instance) throw new Error(`No resolver instance for ${String(someClass)}`);
      return instance;
    },
  };
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql's resolver list type
  const classes = resolvers.map((r) => r.constructor) as NonEmptyArray<Function>;
  return buildSchema({
    resolvers: classes,
    container,
    authChecker,
    globalMiddlewares: [domainErrors],
    validate: false,
  });
}
