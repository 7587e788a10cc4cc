import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Viewer } from './viewer';

export interface SignInVariables {
  input: { email: string; password: string };
}

export interface SignUpVariables {
  input: { email: string; password: string; displayName: string };
}

export const SIGN_IN_MUTATION: TypedDocumentNode<{ signIn: Viewer }, SignInVariables> = gql`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      id
      email
      displayName
    }
  }
`;

export const SIGN_UP_MUTATION: TypedDocumentNode<{ signUp: Viewer }, SignUpVariables> = gql`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      id
      email
      displayName
    }
  }
`;

export const SIGN_OUT_MUTATION: TypedDocumentNode<
  { signOut: boolean },
  Record<string, never>
> = gql`
  mutation SignOut {
    signOut
  }
`;
