import { GraphQLError } from 'graphql';

/** A GraphQL error as the Bnder server sends it. */
export function apiError(message: string, code: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...(field ? { field } : {}) } });
}

/** The refusal of a sensitive action until the password is confirmed again (sudo mode). */
export function sudoRequired(): GraphQLError {
  return new GraphQLError('Confirm your password to continue', {
    extensions: { code: 'FORBIDDEN', reason: 'SUDO_REQUIRED' },
  });
}
