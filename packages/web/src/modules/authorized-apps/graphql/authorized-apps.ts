import { graphql } from '../../../gql';
import type { AuthorizedAppFieldsFragment } from '../../../gql/graphql';

/** `legacy` marks pre-release scopes, which act as read-only until re-authorized. */
export type AuthorizedApp = AuthorizedAppFieldsFragment;

export const AUTHORIZED_APP_FIELDS = graphql(`
  fragment AuthorizedAppFields on AuthorizedOAuthApp {
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
`);

/** The most recent page; revoking updates it in the cache. */
export const AUTHORIZED_APPS_QUERY = graphql(`
  query AuthorizedOAuthApps {
    authorizedOAuthAppsConnection {
      nodes {
        ...AuthorizedAppFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** An older page (Show more). */
export const OLDER_AUTHORIZED_APPS_QUERY = graphql(`
  query OlderAuthorizedOAuthApps($after: String!) {
    authorizedOAuthAppsConnection(after: $after) {
      nodes {
        ...AuthorizedAppFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const REVOKE_ACCESS_MUTATION = graphql(`
  mutation RevokeAuthorizedOAuthApp($clientId: String!) {
    revokeAuthorizedOAuthApp(clientId: $clientId)
  }
`);
