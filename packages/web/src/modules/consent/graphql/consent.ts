import { graphql } from '../../../gql';
import type { AuthorizationRequestQuery } from '../../../gql/graphql';

export type AuthorizationRequest = AuthorizationRequestQuery['authorizationRequest'];

export const AUTHORIZATION_REQUEST_QUERY = graphql(`
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
`);

export const APPROVE_MUTATION = graphql(`
  mutation ApproveAuthorization($requestId: ID!) {
    approveAuthorization(requestId: $requestId) {
      redirectTo
    }
  }
`);

export const DENY_MUTATION = graphql(`
  mutation DenyAuthorization($requestId: ID!) {
    denyAuthorization(requestId: $requestId) {
      redirectTo
    }
  }
`);
