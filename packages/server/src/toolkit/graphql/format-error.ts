import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { FastifyBaseLogger } from 'fastify';
import { isDatabaseUnavailable } from '../../errors/database-unavailable.js';
import { OUTAGE_DESCRIPTION } from '../../errors/outage.js';
import { withoutSuggestions } from './hide-suggestions.js';

const CLIENT_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'TOO_MANY_REQUESTS',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Anything not meant for the client becomes a generic INTERNAL_SERVER_ERROR; the cause is logged.
 * With `hideSuggestions` (introspection off), client errors lose their "Did you mean" hints.
 */
export function formatError(logger: FastifyBaseLogger, { hideSuggestions = false } = {}) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && CLIENT_CODES.has(code)) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      const clientError = { ...formatted, extensions };
      return hideSuggestions ? withoutSuggestions(clientError) : clientError;
    }
    const cause = unwrapResolverError(error);
    if (isDatabaseUnavailable(cause)) {
      logger.error({ err: cause }, 'database unavailable');
      return {
        message: OUTAGE_DESCRIPTION,
        path: formatted.path,
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      };
    }
    logger.error({ err: cause }, 'graphql resolver failed');
    return {
      message: 'Internal server error',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
