import { gql, type TypedDocumentNode } from '@apollo/client';

/** Who the app asking for access is (both flows show it the same way). */
export interface AppIdentity {
  __typename?: 'OAuthAppIdentity';
  clientId: string;
  name: string;
  description: string | null;
  homepageUrl: string | null;
  homepageHost: string | null;
  privacyPolicyUrl: string | null;
  termsOfServiceUrl: string | null;
  ownerName: string;
  createdAt: string;
  authorizedUserCount: number;
}

/** The user's two answers on a consent card. */
export type ConsentChoice = 'approve' | 'deny';

export type ConsentScope = { __typename?: 'ConsentScope'; name: string; description: string };

export interface AuthorizationRequest {
  __typename?: 'AuthorizationRequest';
  id: string;
  clientId: string;
  appName: string;
  ownerName: string;
  scopes: ConsentScope[];
  redirectHost: string;
  app: AppIdentity;
}

export const APP_IDENTITY_FIELDS = gql`
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
`;

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
      app {
        ...AppIdentityFields
      }
    }
  }
  ${APP_IDENTITY_FIELDS}
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
