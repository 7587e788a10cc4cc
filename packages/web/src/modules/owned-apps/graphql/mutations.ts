import { gql, type TypedDocumentNode } from '@apollo/client';
import { OWNED_APP_FIELDS } from './queries';
import type { OwnedApp, SecretPayload } from './types';

export interface CreateAppInput {
  name: string;
  redirectUris: string[];
  requireSecret: boolean;
}

export interface UpdateAppInput {
  name?: string;
  redirectUris?: string[];
  allowDeviceFlow?: boolean;
  description?: string | null;
  homepageUrl?: string | null;
  privacyPolicyUrl?: string | null;
  termsOfServiceUrl?: string | null;
}

type ByClientId = { clientId: string };

export const CREATE_APP_MUTATION: TypedDocumentNode<
  { createOAuthApp: SecretPayload },
  { input: CreateAppInput }
> = gql`
  mutation CreateOAuthApp($input: CreateOAuthAppInput!) {
    createOAuthApp(input: $input) {
      app {
        ...OwnedAppFields
      }
      clientSecret
    }
  }
  ${OWNED_APP_FIELDS}
`;

export const UPDATE_APP_MUTATION: TypedDocumentNode<
  { updateOAuthApp: OwnedApp },
  ByClientId & { input: UpdateAppInput }
> = gql`
  mutation UpdateOAuthApp($clientId: String!, $input: UpdateOAuthAppInput!) {
    updateOAuthApp(clientId: $clientId, input: $input) {
      ...OwnedAppFields
    }
  }
  ${OWNED_APP_FIELDS}
`;

export const SET_REQUIRE_SECRET_MUTATION: TypedDocumentNode<
  { setOAuthAppRequireSecret: SecretPayload },
  ByClientId & { requireSecret: boolean }
> = gql`
  mutation SetOAuthAppRequireSecret($clientId: String!, $requireSecret: Boolean!) {
    setOAuthAppRequireSecret(clientId: $clientId, requireSecret: $requireSecret) {
      app {
        ...OwnedAppFields
      }
      clientSecret
    }
  }
  ${OWNED_APP_FIELDS}
`;

export const ROTATE_SECRET_MUTATION: TypedDocumentNode<
  { rotateOAuthAppSecret: SecretPayload },
  ByClientId
> = gql`
  mutation RotateOAuthAppSecret($clientId: String!) {
    rotateOAuthAppSecret(clientId: $clientId) {
      app {
        ...OwnedAppFields
      }
      clientSecret
    }
  }
  ${OWNED_APP_FIELDS}
`;

export const REVEAL_SECRET_MUTATION: TypedDocumentNode<
  { revealOAuthAppSecret: SecretPayload },
  ByClientId
> = gql`
  mutation RevealOAuthAppSecret($clientId: String!) {
    revealOAuthAppSecret(clientId: $clientId) {
      app {
        ...OwnedAppFields
      }
      clientSecret
    }
  }
  ${OWNED_APP_FIELDS}
`;

/** The secret for the clipboard: the server logs a copy, and the page keeps it masked. */
export const COPY_SECRET_MUTATION: TypedDocumentNode<
  { copyOAuthAppSecret: { clientSecret: string | null } },
  ByClientId
> = gql`
  mutation CopyOAuthAppSecret($clientId: String!) {
    copyOAuthAppSecret(clientId: $clientId) {
      clientSecret
    }
  }
`;

export const DELETE_APP_MUTATION: TypedDocumentNode<{ deleteOAuthApp: boolean }, ByClientId> = gql`
  mutation DeleteOAuthApp($clientId: String!) {
    deleteOAuthApp(clientId: $clientId)
  }
`;
