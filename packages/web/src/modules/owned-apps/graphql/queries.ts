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
    requirePushedAuthorizationRequests
    requireDpop
    idTokenSignedResponseAlg
    description
    homepageUrl
    privacyPolicyUrl
    termsOfServiceUrl
  }
`);

/** The first page of the owner's apps; the cached list that creating and deleting update. */
export const OWNED_APPS_QUERY = graphql(`
  query OwnedOAuthApps {
    ownedOAuthAppsConnection {
      nodes {
        ...OwnedAppFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** A later page of the owner's apps (Show more). */
export const OLDER_OWNED_APPS_QUERY = graphql(`
  query OlderOwnedOAuthApps($after: String!) {
    ownedOAuthAppsConnection(after: $after) {
      nodes {
        ...OwnedAppFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
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

export const APP_EVENT_FIELDS = graphql(`
  fragment AppEventFields on OAuthAppEvent {
    id
    type
    createdAt
    actorName
    detail
  }
`);

/** The newest page of an app's log. */
export const APP_ACTIVITY_QUERY = graphql(`
  query OAuthAppActivity($clientId: String!) {
    oauthAppActivityConnection(clientId: $clientId) {
      nodes {
        ...AppEventFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** An older page of an app's log (Show older). */
export const OLDER_APP_ACTIVITY_QUERY = graphql(`
  query OlderOAuthAppActivity($clientId: String!, $after: String!) {
    oauthAppActivityConnection(clientId: $clientId, after: $after) {
      nodes {
        ...AppEventFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
