import { gql, type TypedDocumentNode } from '@apollo/client';

export interface AuthorizedApp {
  __typename?: 'AuthorizedOAuthApp';
  clientId: string;
  name: string;
  ownerName: string;
  scopes: string[];
  /** Holds tokens with pre-release scopes, which act as read-only until re-authorized. */
  legacy: boolean;
  authorizedAt: string;
  lastUsedAt: string | null;
}

export const AUTHORIZED_APPS_QUERY: TypedDocumentNode<
  { authorizedOAuthApps: AuthorizedApp[] },
  Record<string, never>
> = gql`
  query AuthorizedOAuthApps {
    authorizedOAuthApps {
      clientId
      name
      ownerName
      scopes
      legacy
      authorizedAt
      lastUsedAt
    }
  }
`;

export const REVOKE_ACCESS_MUTATION: TypedDocumentNode<
  { revokeAuthorizedOAuthApp: boolean },
  { clientId: string }
> = gql`
  mutation RevokeAuthorizedOAuthApp($clientId: String!) {
    revokeAuthorizedOAuthApp(clientId: $clientId)
  }
`;
