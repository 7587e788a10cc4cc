import { gql, type TypedDocumentNode } from '@apollo/client';

export interface AuthorizationRequest {
  __typename?: 'AuthorizationRequest';
  id: string;
  clientId: string;
  appName: string;
  ownerName: string;
  scopes: { __typename?: 'ConsentScope'; name: string; description: string }[];
  redirectHost: string;
}

export const AUTHORIZATION_REQUEST_QUERY: TypedDocumentNode<
  { authorizationRequest: AuthorizationRequest },
  { id: string }
> = gql`
  query AuthorizationRequest($id: ID!) {
    authorizationRequest(id: $id) {
      id
      clientId
      appName
      ownerName
      scopes {
        name
        description
      }
      redirectHost
    }
  }
`;

type Decision = TypedDocumentNode<
  Record<string, { __typename?: 'RedirectPayload'; redirectTo: string }>,
  { requestId: string }
>;

export const APPROVE_MUTATION: Decision = gql`
  mutation ApproveAuthorization($requestId: ID!) {
    approveAuthorization(requestId: $requestId) {
      redirectTo
    }
  }
`;

export const DENY_MUTATION: Decision = gql`
  mutation DenyAuthorization($requestId: ID!) {
    denyAuthorization(requestId: $requestId) {
      redirectTo
    }
  }
`;
