import { gql, type TypedDocumentNode } from '@apollo/client';

/** Sudo mode: proves the password again, so the server allows sensitive app actions for a while. */
export const CONFIRM_PASSWORD_MUTATION: TypedDocumentNode<
  { confirmPassword: boolean },
  { password: string }
> = gql`
  mutation ConfirmPassword($password: String!) {
    confirmPassword(password: $password)
  }
`;
