import { graphql } from '../../../gql';

/** Sudo mode: proves the password again, so the server allows sensitive app actions for a while. */
export const CONFIRM_PASSWORD_MUTATION = graphql(`
  mutation ConfirmPassword($password: String!) {
    confirmPassword(password: $password)
  }
`);
