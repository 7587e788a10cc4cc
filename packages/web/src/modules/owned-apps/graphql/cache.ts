import type { ApolloCache } from '@apollo/client';

/**
 * Apollo keeps every mutation result under ROOT_MUTATION. Secret-bearing results are dropped
 * from there at once, so a client secret lives only in the component that shows it.
 */
export function forgetMutationResults(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_MUTATION' });
}

/** Every owner action adds an event: a log on screen refetches, any other is loaded fresh later. */
export function forgetActivity(cache: ApolloCache, clientId: string): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'oauthAppActivityConnection', args: { clientId } });
}
