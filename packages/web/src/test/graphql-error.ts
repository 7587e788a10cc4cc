import { GraphQLError } from 'graphql';

/** A GraphQL error as the Bnder server sends it. */
export function apiError(message: string, code: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...(field ? { field } : {}) } });
}
