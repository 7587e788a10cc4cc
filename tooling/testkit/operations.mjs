// The GraphQL operations every test layer (server tests, browser tests, benchmarks) runs to set a
// user and an app up. Named, so `pnpm --filter @bnder/server codegen` can type them from the
// schema (operations.generated.d.mts); the /* GraphQL */ comment is what codegen looks for.

export const SIGN_UP = /* GraphQL */ `
  mutation KitSignUp($input: SignUpInput!) {
    signUp(input: $input) {
      id
      email
      displayName
    }
  }
`;

export const SIGN_IN = /* GraphQL */ `
  mutation KitSignIn($input: SignInInput!) {
    signIn(input: $input) {
      id
    }
  }
`;

export const CREATE_APP = /* GraphQL */ `
  mutation KitCreateApp($input: CreateOAuthAppInput!) {
    createOAuthApp(input: $input) {
      app {
        clientId
        redirectUris
        requireSecret
      }
      clientSecret
    }
  }
`;

export const APPROVE_AUTHORIZATION = /* GraphQL */ `
  mutation KitApproveAuthorization($id: ID!) {
    approveAuthorization(requestId: $id) {
      redirectTo
    }
  }
`;
