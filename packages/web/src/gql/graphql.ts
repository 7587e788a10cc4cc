/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A new OAuth app */
export type CreateOAuthAppInput = {
  /** Allow the device authorization grant (RFC 8628); off when left out on create */
  allowDeviceFlow?: boolean | null | undefined;
  /** What the app does: at most 400 characters, with the name’s character rules */
  description?: string | null | undefined;
  /** The app’s homepage (https) */
  homepageUrl?: string | null | undefined;
  /** The algorithm the app’s ID tokens are signed with (OpenID Connect Dynamic Client Registration 1.0 §2): RS256 or ES256; RS256 when left out on create */
  idTokenSignedResponseAlg?: string | null | undefined;
  /** The name users see on the consent page */
  name: string;
  /** The app’s privacy policy (https) */
  privacyPolicyUrl?: string | null | undefined;
  /** 1 to 10 redirect URIs: https, loopback http or a private-use scheme */
  redirectUris: Array<string>;
  /** Require DPoP (RFC 9449): token requests without a DPoP proof are refused; off when left out on create */
  requireDpop?: boolean | null | undefined;
  /** Require pushed authorization requests (RFC 9126): authorize links must name a request_uri from POST /oauth/par; off when left out on create */
  requirePushedAuthorizationRequests?: boolean | null | undefined;
  /** Whether the app gets a client secret (confidential) or not (public, PKCE only) */
  requireSecret: boolean;
  /** Rotate automatically when the secret leaks (signs out the app’s sessions); off when left out on create */
  rotateSecretOnLeak?: boolean | null | undefined;
  /** The app’s terms of service (https) */
  termsOfServiceUrl?: string | null | undefined;
};

/** What an entry of an app's activity log records */
export type OAuthAppEventType =
  /** Bnder suspended the app: its tokens were revoked (the detail gives the reason) */
  | 'APP_SUSPENDED'
  /** Bnder lifted the suspension; revoked tokens stay revoked */
  | 'APP_UNSUSPENDED'
  /** An authorization code was used twice (RFC 6749 §4.1.2): the tokens it issued were revoked */
  | 'CODE_REPLAY'
  /** The owner created the app */
  | 'CREATED'
  /** The owner deleted the app */
  | 'DELETED'
  /** The owner turned off Allow device flow */
  | 'DEVICE_FLOW_OFF'
  /** The owner turned on Allow device flow (RFC 8628) */
  | 'DEVICE_FLOW_ON'
  /** The owner turned off Require DPoP */
  | 'DPOP_REQUIRED_OFF'
  /** The owner turned on Require DPoP (RFC 9449) */
  | 'DPOP_REQUIRED_ON'
  /** The owner changed what the consent page says about the app (description or links) */
  | 'IDENTITY_CHANGED'
  /** The owner changed the ID token signing algorithm (the detail gives the old and the new one) */
  | 'ID_TOKEN_SIGNING_ALG_CHANGED'
  /** The owner turned off Require pushed authorization requests */
  | 'PUSHED_REQUESTS_REQUIRED_OFF'
  /** The owner turned on Require pushed authorization requests (RFC 9126) */
  | 'PUSHED_REQUESTS_REQUIRED_ON'
  /** The owner changed the redirect URIs */
  | 'REDIRECT_URIS_CHANGED'
  /** A refresh token was used again after it was replaced (RFC 9700 §4.14.2): its sessions were signed out */
  | 'REFRESH_TOKEN_REUSE'
  /** The owner renamed the app */
  | 'RENAMED'
  /** The owner turned off Rotate automatically when the secret leaks */
  | 'ROTATE_ON_LEAK_OFF'
  /** The owner turned on Rotate automatically when the secret leaks */
  | 'ROTATE_ON_LEAK_ON'
  /** The owner copied the client secret */
  | 'SECRET_COPIED'
  /** The client secret was seen in an authorize link, which was refused: rotate the secret */
  | 'SECRET_IN_AUTHORIZE_LINK'
  /** The client secret was reported found in public (the detail says where): rotate the secret */
  | 'SECRET_REPORTED_LEAKED'
  /** The owner turned off Require a client secret: the secret was deleted and the app's sessions signed out */
  | 'SECRET_REQUIRED_OFF'
  /** The owner turned on Require a client secret */
  | 'SECRET_REQUIRED_ON'
  /** The owner revealed the client secret */
  | 'SECRET_REVEALED'
  /** The owner rotated the client secret, signing out the app's sessions */
  | 'SECRET_ROTATED'
  /** The leaked client secret was rotated automatically, signing out the app's sessions */
  | 'SECRET_ROTATED_ON_LEAK';

/** Credentials of an existing account */
export type SignInInput = {
  /** Sign-in email; compared without case */
  email: string;
  /** The account’s password */
  password: string;
};

/** A new account */
export type SignUpInput = {
  /** The name other users see, such as on a consent page */
  displayName: string;
  /** Sign-in email; compared without case */
  email: string;
  /** Password, 10 to 72 bytes */
  password: string;
};

/** Changes to an app; a field left out keeps its value */
export type UpdateOAuthAppInput = {
  /** Allow the device authorization grant (RFC 8628); off when left out on create */
  allowDeviceFlow?: boolean | null | undefined;
  /** What the app does: at most 400 characters, with the name’s character rules */
  description?: string | null | undefined;
  /** The app’s homepage (https) */
  homepageUrl?: string | null | undefined;
  /** The algorithm the app’s ID tokens are signed with (OpenID Connect Dynamic Client Registration 1.0 §2): RS256 or ES256; RS256 when left out on create */
  idTokenSignedResponseAlg?: string | null | undefined;
  /** The new name */
  name?: string | null | undefined;
  /** The app’s privacy policy (https) */
  privacyPolicyUrl?: string | null | undefined;
  /** The new redirect URIs, replacing the list in the given order */
  redirectUris?: Array<string> | null | undefined;
  /** Require DPoP (RFC 9449): token requests without a DPoP proof are refused; off when left out on create */
  requireDpop?: boolean | null | undefined;
  /** Require pushed authorization requests (RFC 9126): authorize links must name a request_uri from POST /oauth/par; off when left out on create */
  requirePushedAuthorizationRequests?: boolean | null | undefined;
  /** Rotate automatically when the secret leaks (signs out the app’s sessions); off when left out on create */
  rotateSecretOnLeak?: boolean | null | undefined;
  /** The app’s terms of service (https) */
  termsOfServiceUrl?: string | null | undefined;
};

export type ConfirmPasswordMutationVariables = Exact<{
  password: string;
}>;


export type ConfirmPasswordMutation = { confirmPassword: boolean };

export type RequestingOAuthAppQueryVariables = Exact<{
  clientId?: string | null | undefined;
  userCode?: string | null | undefined;
}>;


export type RequestingOAuthAppQuery = { requestingOAuthApp: { __typename: 'RequestingOAuthApp', name: string } | null };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { __typename: 'User', id: string, email: string, displayName: string } };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { signUp: { __typename: 'User', id: string, email: string, displayName: string } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { __typename: 'User', id: string, email: string, displayName: string } | null };

export type AuthorizedAppFieldsFragment = { __typename: 'AuthorizedOAuthApp', clientId: string, name: string, ownerName: string, scopes: Array<string>, legacy: boolean, authorizedAt: string, lastUsedAt: string | null, tokenLeakedAt: string | null, suspended: boolean };

export type AuthorizedOAuthAppsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthorizedOAuthAppsQuery = { authorizedOAuthAppsConnection: { __typename: 'AuthorizedOAuthAppConnection', nodes: Array<{ __typename: 'AuthorizedOAuthApp', clientId: string, name: string, ownerName: string, scopes: Array<string>, legacy: boolean, authorizedAt: string, lastUsedAt: string | null, tokenLeakedAt: string | null, suspended: boolean }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type OlderAuthorizedOAuthAppsQueryVariables = Exact<{
  after: string;
}>;


export type OlderAuthorizedOAuthAppsQuery = { authorizedOAuthAppsConnection: { __typename: 'AuthorizedOAuthAppConnection', nodes: Array<{ __typename: 'AuthorizedOAuthApp', clientId: string, name: string, ownerName: string, scopes: Array<string>, legacy: boolean, authorizedAt: string, lastUsedAt: string | null, tokenLeakedAt: string | null, suspended: boolean }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type RevokeAuthorizedOAuthAppMutationVariables = Exact<{
  clientId: string;
}>;


export type RevokeAuthorizedOAuthAppMutation = { revokeAuthorizedOAuthApp: boolean };

export type AppIdentityFieldsFragment = { __typename: 'OAuthAppIdentity', clientId: string, name: string, description: string | null, homepageUrl: string | null, homepageHost: string | null, privacyPolicyUrl: string | null, termsOfServiceUrl: string | null, ownerName: string, createdAt: string, authorizedUserCount: number };

export type AuthorizationRequestQueryVariables = Exact<{
  id: string | number;
}>;


export type AuthorizationRequestQuery = { authorizationRequest: { __typename: 'AuthorizationRequest', id: string, clientId: string, appName: string, ownerName: string, redirectHost: string, scopes: Array<{ __typename: 'ConsentScope', name: string, description: string }>, app: { __typename: 'OAuthAppIdentity', clientId: string, name: string, description: string | null, homepageUrl: string | null, homepageHost: string | null, privacyPolicyUrl: string | null, termsOfServiceUrl: string | null, ownerName: string, createdAt: string, authorizedUserCount: number } } };

export type ApproveAuthorizationMutationVariables = Exact<{
  requestId: string | number;
}>;


export type ApproveAuthorizationMutation = { approveAuthorization: { __typename: 'RedirectPayload', redirectTo: string } };

export type DenyAuthorizationMutationVariables = Exact<{
  requestId: string | number;
}>;


export type DenyAuthorizationMutation = { denyAuthorization: { __typename: 'RedirectPayload', redirectTo: string } };

export type DeviceAuthorizationQueryVariables = Exact<{
  userCode: string;
}>;


export type DeviceAuthorizationQuery = { deviceAuthorization: { __typename: 'DeviceAuthorization', userCode: string, scopes: Array<{ __typename: 'ConsentScope', name: string, description: string }>, app: { __typename: 'OAuthAppIdentity', clientId: string, name: string, description: string | null, homepageUrl: string | null, homepageHost: string | null, privacyPolicyUrl: string | null, termsOfServiceUrl: string | null, ownerName: string, createdAt: string, authorizedUserCount: number } } };

export type ApproveDeviceAuthorizationMutationVariables = Exact<{
  userCode: string;
}>;


export type ApproveDeviceAuthorizationMutation = { approveDeviceAuthorization: boolean };

export type DenyDeviceAuthorizationMutationVariables = Exact<{
  userCode: string;
}>;


export type DenyDeviceAuthorizationMutation = { denyDeviceAuthorization: boolean };

export type CreateOAuthAppMutationVariables = Exact<{
  input: CreateOAuthAppInput;
}>;


export type CreateOAuthAppMutation = { createOAuthApp: { __typename: 'OAuthAppSecretPayload', clientSecret: string | null, app: { __typename: 'OAuthApp', clientId: string, name: string, redirectUris: Array<string>, requireSecret: boolean, createdAt: string, updatedAt: string, lastUsedAt: string | null, authorizedUserCount: number, secretLeakedAt: string | null, secretLeakUrl: string | null, rotateSecretOnLeak: boolean, suspendedAt: string | null, suspendedReason: string | null, allowDeviceFlow: boolean, requirePushedAuthorizationRequests: boolean, requireDpop: boolean, idTokenSignedResponseAlg: string, description: string | null, homepageUrl: string | null, privacyPolicyUrl: string | null, termsOfServiceUrl: string | null } } };

export type UpdateOAuthAppMutationVariables = Exact<{
  clientId: string;
  input: UpdateOAuthAppInput;
}>;


export type UpdateOAuthAppMutation = { updateOAuthApp: { __typename: 'OAuthApp', clientId: string, name: string, redirectUris: Array<string>, requireSecret: boolean, createdAt: string, updatedAt: string, lastUsedAt: string | null, authorizedUserCount: number, secretLeakedAt: string | null, secretLeakUrl: string | null, rotateSecretOnLeak: boolean, suspendedAt: string | null, suspendedReason: string | null, allowDeviceFlow: boolean, requirePushedAuthorizationRequests: boolean, requireDpop: boolean, idTokenSignedResponseAlg: string, description: string | null, homepageUrl: string | null, privacyPolicyUrl: string | null, termsOfServiceUrl: string | null } };

export type SetOAuthAppRequireSecretMutationVariables = Exact<{
  clientId: string;
  requireSecret: boolean;
}>;


export type SetOAuthAppRequireSecretMutation = { setOAuthAppRequireSecret: { __typename: 'OAuthAppSecretPayload', clientSecret: string | null, app: { __typename: 'OAuthApp', clientId: string, name: string, redirectUris: Array<string>, requireSecret: boolean, createdAt: string, updatedAt: string, lastUsedAt: string | null, authorizedUserCount: number, secretLeakedAt: string | null, secretLeakUrl: string | null, rotateSecretOnLeak: boolean, suspendedAt: string | null, suspendedReason: string | null, allowDeviceFlow: boolean, requirePushedAuthorizationRequests: boolean, requireDpop: boolean, idTokenSignedResponseAlg: string, description: string | null, homepageUrl: string | null, privacyPolicyUrl: string | null, termsOfServiceUrl: string | null } } };

export type RotateOAuthAppSecretMutationVariables = Exact<{
  clientId: string;
}>;


export type RotateOAuthAppSecretMutation = { rotateOAuthAppSecret: { __typename: 'OAuthAppSecretPayload', clientSecret: string | null, app: { __typename: 'OAuthApp', clientId: string, name: string, redirectUris: Array<string>, requireSecret: boolean, createdAt: string, updatedAt: string, lastUsedAt: string | null, authorizedUserCount: number, secretLeakedAt: string | null, secretLeakUrl: string | null, rotateSecretOnLeak: boolean, suspendedAt: string | null, suspendedReason: string | null, allowDeviceFlow: boolean, requirePushedAuthorizationRequests: boolean, requireDpop: boolean, idTokenSignedResponseAlg: string, description: string | null, homepageUrl: string | null, privacyPolicyUrl: string | null, termsOfServiceUrl: string | null } } };

export type RevealOAuthAppSecretMutationVariables = Exact<{
  clientId: string;
}>;


export type RevealOAuthAppSecretMutation = { revealOAuthAppSecret: { __typename: 'OAuthAppSecretPayload', clientSecret: string | null, app: { __typename: 'OAuthApp', clientId: string, name: string, redirectUris: Array<string>, requireSecret: boolean, createdAt: string, updatedAt: string, lastUsedAt: string | null, authorizedUserCount: number, secretLeakedAt: string | null, secretLeakUrl: string | null, rotateSecretOnLeak: boolean, suspendedAt: string | null, suspendedReason: string | null, allowDeviceFlow: boolean, requirePushedAuthorizationRequests: boolean, requireDpop: boolean, idTokenSignedResponseAlg: string, description: string | null, homepageUrl: string | null, privacyPolicyUrl: string | null, termsOfServiceUrl: string | null } } };

export type CopyOAuthAppSecretMutationVariables = Exact<{
  clientId: string;
}>;


export type CopyOAuthAppSecretMutation = { copyOAuthAppSecret: { __typename: 'OAuthAppSecretPayload', clientSecret: string | null } };

export type DeleteOAuthAppMutationVariables = Exact<{
  clientId: string;
}>;


export type DeleteOAuthAppMutation = { deleteOAuthApp: boolean };

export type OwnedAppFieldsFragment = { __typename: 'OAuthApp', clientId: string, name: string, redirectUris: Array<string>, requireSecret: boolean, createdAt: string, updatedAt: string, lastUsedAt: string | null, authorizedUserCount: number, secretLeakedAt: string | null, secretLeakUrl: string | null, rotateSecretOnLeak: boolean, suspendedAt: string | null, suspendedReason: string | null, allowDeviceFlow: boolean, requirePushedAuthorizationRequests: boolean, requireDpop: boolean, idTokenSignedResponseAlg: string, description: string | null, homepageUrl: string | null, privacyPolicyUrl: string | null, termsOfServiceUrl: string | null };

export type OwnedOAuthAppsQueryVariables = Exact<{ [key: string]: never; }>;


export type OwnedOAuthAppsQuery = { ownedOAuthAppsConnection: { __typename: 'OAuthAppConnection', nodes: Array<{ __typename: 'OAuthApp', clientId: string, name: string, redirectUris: Array<string>, requireSecret: boolean, createdAt: string, updatedAt: string, lastUsedAt: string | null, authorizedUserCount: number, secretLeakedAt: string | null, secretLeakUrl: string | null, rotateSecretOnLeak: boolean, suspendedAt: string | null, suspendedReason: string | null, allowDeviceFlow: boolean, requirePushedAuthorizationRequests: boolean, requireDpop: boolean, idTokenSignedResponseAlg: string, description: string | null, homepageUrl: string | null, privacyPolicyUrl: string | null, termsOfServiceUrl: string | null }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type OlderOwnedOAuthAppsQueryVariables = Exact<{
  after: string;
}>;


export type OlderOwnedOAuthAppsQuery = { ownedOAuthAppsConnection: { __typename: 'OAuthAppConnection', nodes: Array<{ __typename: 'OAuthApp', clientId: string, name: string, redirectUris: Array<string>, requireSecret: boolean, createdAt: string, updatedAt: string, lastUsedAt: string | null, authorizedUserCount: number, secretLeakedAt: string | null, secretLeakUrl: string | null, rotateSecretOnLeak: boolean, suspendedAt: string | null, suspendedReason: string | null, allowDeviceFlow: boolean, requirePushedAuthorizationRequests: boolean, requireDpop: boolean, idTokenSignedResponseAlg: string, description: string | null, homepageUrl: string | null, privacyPolicyUrl: string | null, termsOfServiceUrl: string | null }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type OwnedOAuthAppQueryVariables = Exact<{
  clientId: string;
}>;


export type OwnedOAuthAppQuery = { ownedOAuthApp: { __typename: 'OAuthApp', clientId: string, name: string, redirectUris: Array<string>, requireSecret: boolean, createdAt: string, updatedAt: string, lastUsedAt: string | null, authorizedUserCount: number, secretLeakedAt: string | null, secretLeakUrl: string | null, rotateSecretOnLeak: boolean, suspendedAt: string | null, suspendedReason: string | null, allowDeviceFlow: boolean, requirePushedAuthorizationRequests: boolean, requireDpop: boolean, idTokenSignedResponseAlg: string, description: string | null, homepageUrl: string | null, privacyPolicyUrl: string | null, termsOfServiceUrl: string | null } };

export type AppEventFieldsFragment = { __typename: 'OAuthAppEvent', id: string, type: OAuthAppEventType, createdAt: string, actorName: string | null, detail: string | null };

export type OAuthAppActivityQueryVariables = Exact<{
  clientId: string;
}>;


export type OAuthAppActivityQuery = { oauthAppActivityConnection: { __typename: 'OAuthAppEventConnection', nodes: Array<{ __typename: 'OAuthAppEvent', id: string, type: OAuthAppEventType, createdAt: string, actorName: string | null, detail: string | null }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type OlderOAuthAppActivityQueryVariables = Exact<{
  clientId: string;
  after: string;
}>;


export type OlderOAuthAppActivityQuery = { oauthAppActivityConnection: { __typename: 'OAuthAppEventConnection', nodes: Array<{ __typename: 'OAuthAppEvent', id: string, type: OAuthAppEventType, createdAt: string, actorName: string | null, detail: string | null }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export const AuthorizedAppFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthorizedAppFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorizedOAuthApp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"legacy"}},{"kind":"Field","name":{"kind":"Name","value":"authorizedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tokenLeakedAt"}},{"kind":"Field","name":{"kind":"Name","value":"suspended"}}]}}]} as unknown as DocumentNode<AuthorizedAppFieldsFragment, unknown>;
export const AppIdentityFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppIdentityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthAppIdentity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"homepageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"homepageHost"}},{"kind":"Field","name":{"kind":"Name","value":"privacyPolicyUrl"}},{"kind":"Field","name":{"kind":"Name","value":"termsOfServiceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorizedUserCount"}}]}}]} as unknown as DocumentNode<AppIdentityFieldsFragment, unknown>;
export const OwnedAppFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnedAppFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthApp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"redirectUris"}},{"kind":"Field","name":{"kind":"Name","value":"requireSecret"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorizedUserCount"}},{"kind":"Field","name":{"kind":"Name","value":"secretLeakedAt"}},{"kind":"Field","name":{"kind":"Name","value":"secretLeakUrl"}},{"kind":"Field","name":{"kind":"Name","value":"rotateSecretOnLeak"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedReason"}},{"kind":"Field","name":{"kind":"Name","value":"allowDeviceFlow"}},{"kind":"Field","name":{"kind":"Name","value":"requirePushedAuthorizationRequests"}},{"kind":"Field","name":{"kind":"Name","value":"requireDpop"}},{"kind":"Field","name":{"kind":"Name","value":"idTokenSignedResponseAlg"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"homepageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"privacyPolicyUrl"}},{"kind":"Field","name":{"kind":"Name","value":"termsOfServiceUrl"}}]}}]} as unknown as DocumentNode<OwnedAppFieldsFragment, unknown>;
export const AppEventFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthAppEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]} as unknown as DocumentNode<AppEventFieldsFragment, unknown>;
export const ConfirmPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}]}]}}]} as unknown as DocumentNode<ConfirmPasswordMutation, ConfirmPasswordMutationVariables>;
export const RequestingOAuthAppDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RequestingOAuthApp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestingOAuthApp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"userCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RequestingOAuthAppQuery, RequestingOAuthAppQueryVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<SignUpMutation, SignUpMutationVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const AuthorizedOAuthAppsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthorizedOAuthApps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorizedOAuthAppsConnection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthorizedAppFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthorizedAppFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorizedOAuthApp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"legacy"}},{"kind":"Field","name":{"kind":"Name","value":"authorizedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tokenLeakedAt"}},{"kind":"Field","name":{"kind":"Name","value":"suspended"}}]}}]} as unknown as DocumentNode<AuthorizedOAuthAppsQuery, AuthorizedOAuthAppsQueryVariables>;
export const OlderAuthorizedOAuthAppsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OlderAuthorizedOAuthApps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorizedOAuthAppsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthorizedAppFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthorizedAppFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorizedOAuthApp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"legacy"}},{"kind":"Field","name":{"kind":"Name","value":"authorizedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tokenLeakedAt"}},{"kind":"Field","name":{"kind":"Name","value":"suspended"}}]}}]} as unknown as DocumentNode<OlderAuthorizedOAuthAppsQuery, OlderAuthorizedOAuthAppsQueryVariables>;
export const RevokeAuthorizedOAuthAppDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeAuthorizedOAuthApp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeAuthorizedOAuthApp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}}]}]}}]} as unknown as DocumentNode<RevokeAuthorizedOAuthAppMutation, RevokeAuthorizedOAuthAppMutationVariables>;
export const AuthorizationRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthorizationRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorizationRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"appName"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"redirectHost"}},{"kind":"Field","name":{"kind":"Name","value":"app"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppIdentityFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppIdentityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthAppIdentity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"homepageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"homepageHost"}},{"kind":"Field","name":{"kind":"Name","value":"privacyPolicyUrl"}},{"kind":"Field","name":{"kind":"Name","value":"termsOfServiceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorizedUserCount"}}]}}]} as unknown as DocumentNode<AuthorizationRequestQuery, AuthorizationRequestQueryVariables>;
export const ApproveAuthorizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveAuthorization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveAuthorization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redirectTo"}}]}}]}}]} as unknown as DocumentNode<ApproveAuthorizationMutation, ApproveAuthorizationMutationVariables>;
export const DenyAuthorizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DenyAuthorization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"denyAuthorization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redirectTo"}}]}}]}}]} as unknown as DocumentNode<DenyAuthorizationMutation, DenyAuthorizationMutationVariables>;
export const DeviceAuthorizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeviceAuthorization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deviceAuthorization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userCode"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"app"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppIdentityFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppIdentityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthAppIdentity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"homepageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"homepageHost"}},{"kind":"Field","name":{"kind":"Name","value":"privacyPolicyUrl"}},{"kind":"Field","name":{"kind":"Name","value":"termsOfServiceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorizedUserCount"}}]}}]} as unknown as DocumentNode<DeviceAuthorizationQuery, DeviceAuthorizationQueryVariables>;
export const ApproveDeviceAuthorizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveDeviceAuthorization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveDeviceAuthorization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userCode"}}}]}]}}]} as unknown as DocumentNode<ApproveDeviceAuthorizationMutation, ApproveDeviceAuthorizationMutationVariables>;
export const DenyDeviceAuthorizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DenyDeviceAuthorization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"denyDeviceAuthorization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userCode"}}}]}]}}]} as unknown as DocumentNode<DenyDeviceAuthorizationMutation, DenyDeviceAuthorizationMutationVariables>;
export const CreateOAuthAppDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOAuthApp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOAuthAppInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOAuthApp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"app"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnedAppFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clientSecret"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnedAppFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthApp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"redirectUris"}},{"kind":"Field","name":{"kind":"Name","value":"requireSecret"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorizedUserCount"}},{"kind":"Field","name":{"kind":"Name","value":"secretLeakedAt"}},{"kind":"Field","name":{"kind":"Name","value":"secretLeakUrl"}},{"kind":"Field","name":{"kind":"Name","value":"rotateSecretOnLeak"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedReason"}},{"kind":"Field","name":{"kind":"Name","value":"allowDeviceFlow"}},{"kind":"Field","name":{"kind":"Name","value":"requirePushedAuthorizationRequests"}},{"kind":"Field","name":{"kind":"Name","value":"requireDpop"}},{"kind":"Field","name":{"kind":"Name","value":"idTokenSignedResponseAlg"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"homepageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"privacyPolicyUrl"}},{"kind":"Field","name":{"kind":"Name","value":"termsOfServiceUrl"}}]}}]} as unknown as DocumentNode<CreateOAuthAppMutation, CreateOAuthAppMutationVariables>;
export const UpdateOAuthAppDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOAuthApp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOAuthAppInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOAuthApp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnedAppFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnedAppFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthApp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"redirectUris"}},{"kind":"Field","name":{"kind":"Name","value":"requireSecret"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorizedUserCount"}},{"kind":"Field","name":{"kind":"Name","value":"secretLeakedAt"}},{"kind":"Field","name":{"kind":"Name","value":"secretLeakUrl"}},{"kind":"Field","name":{"kind":"Name","value":"rotateSecretOnLeak"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedReason"}},{"kind":"Field","name":{"kind":"Name","value":"allowDeviceFlow"}},{"kind":"Field","name":{"kind":"Name","value":"requirePushedAuthorizationRequests"}},{"kind":"Field","name":{"kind":"Name","value":"requireDpop"}},{"kind":"Field","name":{"kind":"Name","value":"idTokenSignedResponseAlg"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"homepageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"privacyPolicyUrl"}},{"kind":"Field","name":{"kind":"Name","value":"termsOfServiceUrl"}}]}}]} as unknown as DocumentNode<UpdateOAuthAppMutation, UpdateOAuthAppMutationVariables>;
export const SetOAuthAppRequireSecretDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetOAuthAppRequireSecret"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requireSecret"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setOAuthAppRequireSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"requireSecret"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requireSecret"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"app"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnedAppFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clientSecret"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnedAppFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthApp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"redirectUris"}},{"kind":"Field","name":{"kind":"Name","value":"requireSecret"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorizedUserCount"}},{"kind":"Field","name":{"kind":"Name","value":"secretLeakedAt"}},{"kind":"Field","name":{"kind":"Name","value":"secretLeakUrl"}},{"kind":"Field","name":{"kind":"Name","value":"rotateSecretOnLeak"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedReason"}},{"kind":"Field","name":{"kind":"Name","value":"allowDeviceFlow"}},{"kind":"Field","name":{"kind":"Name","value":"requirePushedAuthorizationRequests"}},{"kind":"Field","name":{"kind":"Name","value":"requireDpop"}},{"kind":"Field","name":{"kind":"Name","value":"idTokenSignedResponseAlg"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"homepageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"privacyPolicyUrl"}},{"kind":"Field","name":{"kind":"Name","value":"termsOfServiceUrl"}}]}}]} as unknown as DocumentNode<SetOAuthAppRequireSecretMutation, SetOAuthAppRequireSecretMutationVariables>;
export const RotateOAuthAppSecretDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateOAuthAppSecret"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateOAuthAppSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"app"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnedAppFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clientSecret"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnedAppFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthApp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"redirectUris"}},{"kind":"Field","name":{"kind":"Name","value":"requireSecret"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorizedUserCount"}},{"kind":"Field","name":{"kind":"Name","value":"secretLeakedAt"}},{"kind":"Field","name":{"kind":"Name","value":"secretLeakUrl"}},{"kind":"Field","name":{"kind":"Name","value":"rotateSecretOnLeak"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedReason"}},{"kind":"Field","name":{"kind":"Name","value":"allowDeviceFlow"}},{"kind":"Field","name":{"kind":"Name","value":"requirePushedAuthorizationRequests"}},{"kind":"Field","name":{"kind":"Name","value":"requireDpop"}},{"kind":"Field","name":{"kind":"Name","value":"idTokenSignedResponseAlg"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"homepageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"privacyPolicyUrl"}},{"kind":"Field","name":{"kind":"Name","value":"termsOfServiceUrl"}}]}}]} as unknown as DocumentNode<RotateOAuthAppSecretMutation, RotateOAuthAppSecretMutationVariables>;
export const RevealOAuthAppSecretDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevealOAuthAppSecret"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revealOAuthAppSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"app"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnedAppFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clientSecret"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnedAppFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthApp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"redirectUris"}},{"kind":"Field","name":{"kind":"Name","value":"requireSecret"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorizedUserCount"}},{"kind":"Field","name":{"kind":"Name","value":"secretLeakedAt"}},{"kind":"Field","name":{"kind":"Name","value":"secretLeakUrl"}},{"kind":"Field","name":{"kind":"Name","value":"rotateSecretOnLeak"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedReason"}},{"kind":"Field","name":{"kind":"Name","value":"allowDeviceFlow"}},{"kind":"Field","name":{"kind":"Name","value":"requirePushedAuthorizationRequests"}},{"kind":"Field","name":{"kind":"Name","value":"requireDpop"}},{"kind":"Field","name":{"kind":"Name","value":"idTokenSignedResponseAlg"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"homepageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"privacyPolicyUrl"}},{"kind":"Field","name":{"kind":"Name","value":"termsOfServiceUrl"}}]}}]} as unknown as DocumentNode<RevealOAuthAppSecretMutation, RevealOAuthAppSecretMutationVariables>;
export const CopyOAuthAppSecretDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CopyOAuthAppSecret"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"copyOAuthAppSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientSecret"}}]}}]}}]} as unknown as DocumentNode<CopyOAuthAppSecretMutation, CopyOAuthAppSecretMutationVariables>;
export const DeleteOAuthAppDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteOAuthApp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteOAuthApp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}}]}]}}]} as unknown as DocumentNode<DeleteOAuthAppMutation, DeleteOAuthAppMutationVariables>;
export const OwnedOAuthAppsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OwnedOAuthApps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownedOAuthAppsConnection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnedAppFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnedAppFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthApp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"redirectUris"}},{"kind":"Field","name":{"kind":"Name","value":"requireSecret"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorizedUserCount"}},{"kind":"Field","name":{"kind":"Name","value":"secretLeakedAt"}},{"kind":"Field","name":{"kind":"Name","value":"secretLeakUrl"}},{"kind":"Field","name":{"kind":"Name","value":"rotateSecretOnLeak"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedReason"}},{"kind":"Field","name":{"kind":"Name","value":"allowDeviceFlow"}},{"kind":"Field","name":{"kind":"Name","value":"requirePushedAuthorizationRequests"}},{"kind":"Field","name":{"kind":"Name","value":"requireDpop"}},{"kind":"Field","name":{"kind":"Name","value":"idTokenSignedResponseAlg"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"homepageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"privacyPolicyUrl"}},{"kind":"Field","name":{"kind":"Name","value":"termsOfServiceUrl"}}]}}]} as unknown as DocumentNode<OwnedOAuthAppsQuery, OwnedOAuthAppsQueryVariables>;
export const OlderOwnedOAuthAppsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OlderOwnedOAuthApps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownedOAuthAppsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnedAppFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnedAppFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthApp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"redirectUris"}},{"kind":"Field","name":{"kind":"Name","value":"requireSecret"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorizedUserCount"}},{"kind":"Field","name":{"kind":"Name","value":"secretLeakedAt"}},{"kind":"Field","name":{"kind":"Name","value":"secretLeakUrl"}},{"kind":"Field","name":{"kind":"Name","value":"rotateSecretOnLeak"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedReason"}},{"kind":"Field","name":{"kind":"Name","value":"allowDeviceFlow"}},{"kind":"Field","name":{"kind":"Name","value":"requirePushedAuthorizationRequests"}},{"kind":"Field","name":{"kind":"Name","value":"requireDpop"}},{"kind":"Field","name":{"kind":"Name","value":"idTokenSignedResponseAlg"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"homepageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"privacyPolicyUrl"}},{"kind":"Field","name":{"kind":"Name","value":"termsOfServiceUrl"}}]}}]} as unknown as DocumentNode<OlderOwnedOAuthAppsQuery, OlderOwnedOAuthAppsQueryVariables>;
export const OwnedOAuthAppDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OwnedOAuthApp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownedOAuthApp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnedAppFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnedAppFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthApp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"redirectUris"}},{"kind":"Field","name":{"kind":"Name","value":"requireSecret"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorizedUserCount"}},{"kind":"Field","name":{"kind":"Name","value":"secretLeakedAt"}},{"kind":"Field","name":{"kind":"Name","value":"secretLeakUrl"}},{"kind":"Field","name":{"kind":"Name","value":"rotateSecretOnLeak"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedReason"}},{"kind":"Field","name":{"kind":"Name","value":"allowDeviceFlow"}},{"kind":"Field","name":{"kind":"Name","value":"requirePushedAuthorizationRequests"}},{"kind":"Field","name":{"kind":"Name","value":"requireDpop"}},{"kind":"Field","name":{"kind":"Name","value":"idTokenSignedResponseAlg"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"homepageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"privacyPolicyUrl"}},{"kind":"Field","name":{"kind":"Name","value":"termsOfServiceUrl"}}]}}]} as unknown as DocumentNode<OwnedOAuthAppQuery, OwnedOAuthAppQueryVariables>;
export const OAuthAppActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OAuthAppActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oauthAppActivityConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppEventFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthAppEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]} as unknown as DocumentNode<OAuthAppActivityQuery, OAuthAppActivityQueryVariables>;
export const OlderOAuthAppActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OlderOAuthAppActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oauthAppActivityConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppEventFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthAppEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]} as unknown as DocumentNode<OlderOAuthAppActivityQuery, OlderOAuthAppActivityQueryVariables>;