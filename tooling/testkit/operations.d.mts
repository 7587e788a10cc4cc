import type {
  KitApproveAuthorizationMutation,
  KitApproveAuthorizationMutationVariables,
  KitCreateAppMutation,
  KitCreateAppMutationVariables,
  KitSignInMutation,
  KitSignInMutationVariables,
  KitSignUpMutation,
  KitSignUpMutationVariables,
} from './operations.generated.mjs';

/**
 * A GraphQL operation with its result and variable types attached. The same shape as
 * graphql-codegen's DocumentTypeDecoration, so the server tests' generated documents fit too.
 */
export interface TypedOperation<TResult, TVariables> {
  __apiType?: (variables: TVariables) => TResult;
}

/** One of the kit's operation strings, typed from the schema. */
export type Operation<TResult, TVariables> = string & TypedOperation<TResult, TVariables>;

export const SIGN_UP: Operation<KitSignUpMutation, KitSignUpMutationVariables>;
export const SIGN_IN: Operation<KitSignInMutation, KitSignInMutationVariables>;
export const CREATE_APP: Operation<KitCreateAppMutation, KitCreateAppMutationVariables>;
export const APPROVE_AUTHORIZATION: Operation<
  KitApproveAuthorizationMutation,
  KitApproveAuthorizationMutationVariables
>;
