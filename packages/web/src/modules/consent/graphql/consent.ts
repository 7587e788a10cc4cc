import { graphql } from '../../../gql';
import type { AppIdentityFieldsFragment, AuthorizationRequestQuery } from '../../../gql/graphql';

/** Who the app asking for access is (both flows show it the same way). */
export type AppIdentity = AppIdentityFieldsFragment;

/** The user's two answers on a consent card. */
export type ConsentChoice = 'approve' | 'deny';

export type AuthorizationRequest = AuthorizationRequestQuery['authorizationRequest'];
export type ConsentScope = AuthorizationRequest['scopes'][number];

export const APP_IDENTITY_FIELDS = graphql(`
  fragment AppIdentityFields on OAuthAppIdentity {
    clientId
    name
    description
    homepageUrl
    homepageHost
    privacyPolicyUrl
    termsOfServiceUrl
    ownerName
    createdAt
    authorizedUserCount
  }
`);

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
      app {
        ...AppIdentityFields
      }
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
