import { graphql } from '../../../gql';
import type { CreateOAuthAppInput, UpdateOAuthAppInput } from '../../../gql/graphql';

export type CreateAppInput = CreateOAuthAppInput;
export type UpdateAppInput = UpdateOAuthAppInput;

export const CREATE_APP_MUTATION = graphql(`
  mutation CreateOAuthApp($input: CreateOAuthAppInput!) {
    createOAuthApp(input: $input) {
      app {
        ...OwnedAppFields
      }
      clientSecret
    }
  }
`);

export const UPDATE_APP_MUTATION = graphql(`
  mutation UpdateOAuthApp($clientId: String!, $input: UpdateOAuthAppInput!) {
    updateOAuthApp(clientId: $clientId, input: $input) {
      ...OwnedAppFields
    }
  }
`);

export const SET_REQUIRE_SECRET_MUTATION = graphql(`
  mutation SetOAuthAppRequireSecret($clientId: String!, $requireSecret: Boolean!) {
    setOAuthAppRequireSecret(clientId: $clientId, requireSecret: $requireSecret) {
      app {
        ...OwnedAppFields
      }
      clientSecret
    }
  }
`);

export const ROTATE_SECRET_MUTATION = graphql(`
  mutation RotateOAuthAppSecret($clientId: String!) {
    rotateOAuthAppSecret(clientId: $clientId) {
      app {
        ...OwnedAppFields
      }
      clientSecret
    }
  }
`);

export const REVEAL_SECRET_MUTATION = graphql(`
  mutation RevealOAuthAppSecret($clientId: String!) {
    revealOAuthAppSecret(clientId: $clientId) {
      app {
        ...OwnedAppFields
      }
      clientSecret
    }
  }
`);

/** The secret for the clipboard: the server logs a copy, and the page keeps it masked. */
export const COPY_SECRET_MUTATION = graphql(`
  mutation CopyOAuthAppSecret($clientId: String!) {
    copyOAuthAppSecret(clientId: $clientId) {
      clientSecret
    }
  }
`);

export const DELETE_APP_MUTATION = graphql(`
  mutation DeleteOAuthApp($clientId: String!) {
    deleteOAuthApp(clientId: $clientId)
  }
`);
