import { gql, type TypedDocumentNode } from '@apollo/client';
import type { AppEvent, OwnedApp } from './types';

export const OWNED_APP_FIELDS = gql`
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
    allowDeviceFlow
    description
    homepageUrl
    privacyPolicyUrl
    termsOfServiceUrl
  }
`;

export const OWNED_APPS_QUERY: TypedDocumentNode<
  { ownedOAuthApps: OwnedApp[] },
  Record<string, never>
> = gql`
  query OwnedOAuthApps {
    ownedOAuthApps {
      ...OwnedAppFields
    }
  }
  ${OWNED_APP_FIELDS}
`;

export const OWNED_APP_QUERY: TypedDocumentNode<{ ownedOAuthApp: OwnedApp }, { clientId: string }> =
  gql`
    query OwnedOAuthApp($clientId: String!) {
      ownedOAuthApp(clientId: $clientId) {
        ...OwnedAppFields
      }
    }
    ${OWNED_APP_FIELDS}
  `;

export const APP_ACTIVITY_QUERY: TypedDocumentNode<
  { oauthAppActivity: AppEvent[] },
  { clientId: string }
> = gql`
  query OAuthAppActivity($clientId: String!) {
    oauthAppActivity(clientId: $clientId) {
      id
      type
      createdAt
      actorName
      detail
    }
  }
`;
