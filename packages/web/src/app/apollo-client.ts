import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** Types without an `id` field are identified by their client id; payloads are not entities. */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      OAuthApp: { keyFields: ['clientId'] },
      AuthorizedOAuthApp: { keyFields: ['clientId'] },
      OAuthAppSecretPayload: { keyFields: false },
      RedirectPayload: { keyFields: false },
      ConsentScope: { keyFields: false },
    },
  });
}

export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    // Same origin: the session cookie goes along; the JSON content type satisfies Apollo's CSRF check.
    link: new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    cache: createCache(),
  });
}
