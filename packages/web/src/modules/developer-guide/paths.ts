import { SPA_PAGES } from '@bnder/shared';

export const DEVELOPER_PAGES = {
  api: SPA_PAGES.developersApi,
  authorizing: SPA_PAGES.developersAuthorizing,
} as const;

/** Documents the server publishes, which the guide links to. */
export const PUBLISHED_DOCUMENTS = {
  metadata: '/.well-known/oauth-authorization-server',
  openApi: '/consumer/v1/openapi.json',
  graphqlSchema: '/graphql/schema.graphql',
} as const;
