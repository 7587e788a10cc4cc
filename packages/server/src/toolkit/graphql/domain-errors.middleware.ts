import { GraphQLError } from 'graphql';
import type { MiddlewareFn } from 'type-graphql';
import { DomainError } from '../../errors/domain-error.js';

/**
 * Turns a DomainError into a GraphQL error with `extensions.code` (and `field` for inputs,
 * `reason` where the client acts on it).
 */
export const domainErrors: MiddlewareFn = async (_, next) => {
  try {
    return (await next()) as unknown;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const extensions: Record<string, unknown> = { code: error.code };
    if (error.field) extensions.field = error.field;
    if (error.reason) extensions.reason = error.reason;
    if (error.retryAfterSeconds !== undefined) {
      extensions.retryAfter = error.retryAfterSeconds;
      extensions.http = {
        status: 429,
        headers: new Map([['retry-after', String(error.retryAfterSeconds)]]),
      };
    }
    throw new GraphQLError(error.message, { extensions });
  }
};
