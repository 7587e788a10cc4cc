import { ApolloServer } from '@apollo/server';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import type { FastifyInstance } from 'fastify';
import { authenticate } from '../toolkit/http/authenticate.js';
import { limitApiBodies } from '../toolkit/http/body-limits.js';
import { PROTECTED_RESOURCES, protectResource } from '../toolkit/http/protected-resource.js';
import { httpsDecider } from '../toolkit/http/https-transport.js';
import { sessionCookieWriter } from '../toolkit/http/session-cookie.js';
import type { Services } from './services.js';
import { buildGraphQLSchema } from './build-schema.js';
import { registerSchemaDocument } from './graphql-schema.routes.js';
import type { GraphQLContext } from '../toolkit/graphql/context.js';
import { formatError } from '../toolkit/graphql/format-error.js';
import { operationCost } from '../toolkit/graphql/operation-cost.js';
import { queryLimits } from '../toolkit/graphql/query-limits.js';
import { responsePolicy } from '../toolkit/graphql/response-policy.plugin.js';
import {
  handleGraphQLTransportError,
  refuseInvalidHost,
  refuseOtherMethods,
  rejectCallerAsGraphQL,
} from '../toolkit/graphql/transport-errors.js';

/**
 * POST /graphql: Apollo Server with CSRF prevention on, introspection only outside production;
 * where introspection is off, errors suggest no field names either.
 */
export async function registerGraphQL(app: FastifyInstance, services: Services): Promise<void> {
  const schema = await buildGraphQLSchema(services.resolvers);
  registerSchemaDocument(app, schema);
  const introspection = services.config.env !== 'production';
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    csrfPrevention: true,
    introspection,
    formatError: formatError(app.log, { hideSuggestions: !introspection }),
    plugins: [fastifyApolloDrainPlugin(app), responsePolicy],
    validationRules: [queryLimits, operationCost],
    allowBatchedHttpRequests: false,
  });
  await apollo.start();
  const overHttps = httpsDecider(services.config.publicUrl);
  await app.register(async (scope) => {
    protectResource(scope, services.config.publicUrl, PROTECTED_RESOURCES.graphql);
    limitApiBodies(scope);
    scope.setErrorHandler(handleGraphQLTransportError);
    scope.addHook(
      'preHandler',
      authenticate(services.principals, showsProfile, rejectCallerAsGraphQL),
    );
    refuseInvalidHost(scope);
    refuseOtherMethods(scope);
    await scope.register(fastifyApollo(apollo), {
      context: async (request, reply) => ({
        principal: request.principal,
        ip: request.ip,
        session: sessionCookieWriter(reply, overHttps(request)),
      }),
    });
  });
}

/** Any GraphQL operation may select the viewer's profile, so the bearer check reads the user. */
const showsProfile = () => true;
