import { graphql } from '../../../gql';

export const OWNED_APP_FIELDS = graphql(`
  fragment OwnedAppFields on OAuthApp {
    clientId
    name
    redirectUris
    requireSecret
    createdAt
    updatedAt
    lastUsedAt
    authorizedUserCount
    secretLeakedAt
    secretLeakUrl
    rotateSecretOnLeak
    suspendedAt
    suspendedReason
    allowDeviceFlow
    description
    homepageUrl
    privacyPolicyUrl
    termsOfServiceUrl
  }
`);

export const OWNED_APPS_QUERY = graphql(`
  query OwnedOAuthApps {
    ownedOAuthApps {
      ...OwnedAppFields
    }
  }
`);

export const OWNED_APP_QUERY = graphql(`
  query OwnedOAuthApp($clientId: String!) {
    ownedOAuthApp(clientId: $clientId) {
      ...OwnedAppFields
    }
  }
`);

export const APP_ACTIVITY_QUERY = graphql(`
  query OAuthAppActivity($clientId: String!) {
    oauthAppActivity(clientId: $clientId) {
      id
      type
      createdAt
      actorName
      detail
    }
  }
`);
