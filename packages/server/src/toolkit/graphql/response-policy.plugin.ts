import type { ApolloServerPlugin } from '@apollo/server';
import { isDatabaseUnavailable } from '../../errors/database-unavailable.js';
import { OUTAGE_RETRY_AFTER_SECONDS } from '../../errors/outage.js';
import type { GraphQLContext } from './context.js';

/**
 * GraphQL answers may carry a client secret, so none is cached (RFC 6749 §5.1 spirit).
 * A database outage during execution turns the response into a 503 the client may retry.
 */
export const responsePolicy: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    let databaseDown = false;
    return {
      async didEncounterErrors({ errors }) {
        databaseDown ||= errors.some((error) => isDatabaseUnavailable(error.originalError));
      },
      async willSendResponse({ response }) {
        response.http.headers.set('cache-control', 'no-store');
        if (databaseDown) {
          response.http.status = 503;
          response.http.headers.set('retry-after', String(OUTAGE_RETRY_AFTER_SECONDS));
        }
      },
    };
  },
};
