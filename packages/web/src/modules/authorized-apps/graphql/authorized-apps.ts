import { graphql } from '../../../gql';
import type { AuthorizedOAuthAppsQuery } from '../../../gql/graphql';

/** `legacy` marks pre-release scopes, which act as read-only until re-authorized. */
export type AuthorizedApp = AuthorizedOAuthAppsQuery['authorizedOAuthApps'][number];

export const AUTHORIZED_APPS_QUERY = graphql(`
  query AuthorizedOAuthApps {
    authorizedOAuthApps {
      clientId
      name
      ownerName
      scopes
      legacy
      authorizedAt
      lastUsedAt
      tokenLeakedAt
      suspended
    }
  }
`);

export const REVOKE_ACCESS_MUTATION = graphql(`
  mutation RevokeAuthorizedOAuthApp($clientId: String!) {
    revokeAuthorizedOAuthApp(clientId: $clientId)
  }
`);
