import { gql, type TypedDocumentNode } from '@apollo/client';

export const REQUESTING_APP_QUERY: TypedDocumentNode<
  { requestingOAuthApp: { __typename?: 'RequestingOAuthApp'; name: string } | null },
  { clientId?: string; userCode?: string }
> = gql`
  query RequestingOAuthApp($clientId: String, $userCode: String) {
    requestingOAuthApp(clientId: $clientId, userCode: $userCode) {
      name
    }
  }
`;
