import type { GraphQLFormattedError } from 'graphql';

/** graphql-js appends these to validation and variable errors: `Did you mean "email"?`. */
const SUGGESTION = / ?Did you mean [^?]*\?/g;

/**
 * Without introspection, the schema is not public, and a suggestion would reveal it one field,
 * argument, type or enum value at a time to anyone probing with misspelt names. This pass covers
 * the validation errors and the variable-coercion errors alike; the error itself still says what
 * is wrong.
 */
export function withoutSuggestions(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const message = formatted.message.replace(SUGGESTION, '');
  return message === formatted.message ? formatted : { ...formatted, message };
}
