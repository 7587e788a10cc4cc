/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation ConfirmPassword($password: String!) {\n    confirmPassword(password: $password)\n  }\n": typeof types.ConfirmPasswordDocument,
    "\n  query RequestingOAuthApp($clientId: String, $userCode: String) {\n    requestingOAuthApp(clientId: $clientId, userCode: $userCode) {\n      name\n    }\n  }\n": typeof types.RequestingOAuthAppDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      email\n      displayName\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n      email\n      displayName\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      email\n      displayName\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  fragment AuthorizedAppFields on AuthorizedOAuthApp {\n    clientId\n    name\n    ownerName\n    scopes\n    legacy\n    authorizedAt\n    lastUsedAt\n    tokenLeakedAt\n    suspended\n  }\n": typeof types.AuthorizedAppFieldsFragmentDoc,
    "\n  query AuthorizedOAuthApps {\n    authorizedOAuthAppsConnection {\n      nodes {\n        ...AuthorizedAppFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AuthorizedOAuthAppsDocument,
    "\n  query OlderAuthorizedOAuthApps($after: String!) {\n    authorizedOAuthAppsConnection(after: $after) {\n      nodes {\n        ...AuthorizedAppFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.OlderAuthorizedOAuthAppsDocument,
    "\n  mutation RevokeAuthorizedOAuthApp($clientId: String!) {\n    revokeAuthorizedOAuthApp(clientId: $clientId)\n  }\n": typeof types.RevokeAuthorizedOAuthAppDocument,
    "\n  fragment AppIdentityFields on OAuthAppIdentity {\n    clientId\n    name\n    description\n    homepageUrl\n    homepageHost\n    privacyPolicyUrl\n    termsOfServiceUrl\n    ownerName\n    createdAt\n    authorizedUserCount\n  }\n": typeof types.AppIdentityFieldsFragmentDoc,
    "\n  query AuthorizationRequest($id: ID!) {\n    authorizationRequest(id: $id) {\n      id\n      clientId\n      appName\n      ownerName\n      scopes {\n        name\n        description\n      }\n      redirectHost\n      app {\n        ...AppIdentityFields\n      }\n    }\n  }\n": typeof types.AuthorizationRequestDocument,
    "\n  mutation ApproveAuthorization($requestId: ID!) {\n    approveAuthorization(requestId: $requestId) {\n      redirectTo\n    }\n  }\n": typeof types.ApproveAuthorizationDocument,
    "\n  mutation DenyAuthorization($requestId: ID!) {\n    denyAuthorization(requestId: $requestId) {\n      redirectTo\n    }\n  }\n": typeof types.DenyAuthorizationDocument,
    "\n  query DeviceAuthorization($userCode: String!) {\n    deviceAuthorization(userCode: $userCode) {\n      userCode\n      scopes {\n        name\n        description\n      }\n      app {\n        ...AppIdentityFields\n      }\n    }\n  }\n": typeof types.DeviceAuthorizationDocument,
    "\n  mutation ApproveDeviceAuthorization($userCode: String!) {\n    approveDeviceAuthorization(userCode: $userCode)\n  }\n": typeof types.ApproveDeviceAuthorizationDocument,
    "\n  mutation DenyDeviceAuthorization($userCode: String!) {\n    denyDeviceAuthorization(userCode: $userCode)\n  }\n": typeof types.DenyDeviceAuthorizationDocument,
    "\n  mutation CreateOAuthApp($input: CreateOAuthAppInput!) {\n    createOAuthApp(input: $input) {\n      app {\n        ...OwnedAppFields\n      }\n      clientSecret\n    }\n  }\n": typeof types.CreateOAuthAppDocument,
    "\n  mutation UpdateOAuthApp($clientId: String!, $input: UpdateOAuthAppInput!) {\n    updateOAuthApp(clientId: $clientId, input: $input) {\n      ...OwnedAppFields\n    }\n  }\n": typeof types.UpdateOAuthAppDocument,
    "\n  mutation SetOAuthAppRequireSecret($clientId: String!, $requireSecret: Boolean!) {\n    setOAuthAppRequireSecret(clientId: $clientId, requireSecret: $requireSecret) {\n      app {\n        ...OwnedAppFields\n      }\n      clientSecret\n    }\n  }\n": typeof types.SetOAuthAppRequireSecretDocument,
    "\n  mutation RotateOAuthAppSecret($clientId: String!) {\n    rotateOAuthAppSecret(clientId: $clientId) {\n      app {\n        ...OwnedAppFields\n      }\n      clientSecret\n    }\n  }\n": typeof types.RotateOAuthAppSecretDocument,
    "\n  mutation RevealOAuthAppSecret($clientId: String!) {\n    revealOAuthAppSecret(clientId: $clientId) {\n      app {\n        ...OwnedAppFields\n      }\n      clientSecret\n    }\n  }\n": typeof types.RevealOAuthAppSecretDocument,
    "\n  mutation CopyOAuthAppSecret($clientId: String!) {\n    copyOAuthAppSecret(clientId: $clientId) {\n      clientSecret\n    }\n  }\n": typeof types.CopyOAuthAppSecretDocument,
    "\n  mutation DeleteOAuthApp($clientId: String!) {\n    deleteOAuthApp(clientId: $clientId)\n  }\n": typeof types.DeleteOAuthAppDocument,
    "\n  fragment OwnedAppFields on OAuthApp {\n    clientId\n    name\n    redirectUris\n    requireSecret\n    createdAt\n    updatedAt\n    lastUsedAt\n    authorizedUserCount\n    secretLeakedAt\n    secretLeakUrl\n    rotateSecretOnLeak\n    suspendedAt\n    suspendedReason\n    allowDeviceFlow\n    requirePushedAuthorizationRequests\n    requireDpop\n    idTokenSignedResponseAlg\n    description\n    homepageUrl\n    privacyPolicyUrl\n    termsOfServiceUrl\n  }\n": typeof types.OwnedAppFieldsFragmentDoc,
    "\n  query OwnedOAuthApps {\n    ownedOAuthAppsConnection {\n      nodes {\n        ...OwnedAppFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.OwnedOAuthAppsDocument,
    "\n  query OlderOwnedOAuthApps($after: String!) {\n    ownedOAuthAppsConnection(after: $after) {\n      nodes {\n        ...OwnedAppFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.OlderOwnedOAuthAppsDocument,
    "\n  query OwnedOAuthApp($clientId: String!) {\n    ownedOAuthApp(clientId: $clientId) {\n      ...OwnedAppFields\n    }\n  }\n": typeof types.OwnedOAuthAppDocument,
    "\n  fragment AppEventFields on OAuthAppEvent {\n    id\n    type\n    createdAt\n    actorName\n    detail\n  }\n": typeof types.AppEventFieldsFragmentDoc,
    "\n  query OAuthAppActivity($clientId: String!) {\n    oauthAppActivityConnection(clientId: $clientId) {\n      nodes {\n        ...AppEventFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.OAuthAppActivityDocument,
    "\n  query OlderOAuthAppActivity($clientId: String!, $after: String!) {\n    oauthAppActivityConnection(clientId: $clientId, after: $after) {\n      nodes {\n        ...AppEventFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.OlderOAuthAppActivityDocument,
};
const documents: Documents = {
    "\n  mutation ConfirmPassword($password: String!) {\n    confirmPassword(password: $password)\n  }\n": types.ConfirmPasswordDocument,
    "\n  query RequestingOAuthApp($clientId: String, $userCode: String) {\n    requestingOAuthApp(clientId: $clientId, userCode: $userCode) {\n      name\n    }\n  }\n": types.RequestingOAuthAppDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      email\n      displayName\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n      email\n      displayName\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      email\n      displayName\n    }\n  }\n": types.ViewerDocument,
    "\n  fragment AuthorizedAppFields on AuthorizedOAuthApp {\n    clientId\n    name\n    ownerName\n    scopes\n    legacy\n    authorizedAt\n    lastUsedAt\n    tokenLeakedAt\n    suspended\n  }\n": types.AuthorizedAppFieldsFragmentDoc,
    "\n  query AuthorizedOAuthApps {\n    authorizedOAuthAppsConnection {\n      nodes {\n        ...AuthorizedAppFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AuthorizedOAuthAppsDocument,
    "\n  query OlderAuthorizedOAuthApps($after: String!) {\n    authorizedOAuthAppsConnection(after: $after) {\n      nodes {\n        ...AuthorizedAppFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.OlderAuthorizedOAuthAppsDocument,
    "\n  mutation RevokeAuthorizedOAuthApp($clientId: String!) {\n    revokeAuthorizedOAuthApp(clientId: $clientId)\n  }\n": types.RevokeAuthorizedOAuthAppDocument,
    "\n  fragment AppIdentityFields on OAuthAppIdentity {\n    clientId\n    name\n    description\n    homepageUrl\n    homepageHost\n    privacyPolicyUrl\n    termsOfServiceUrl\n    ownerName\n    createdAt\n    authorizedUserCount\n  }\n": types.AppIdentityFieldsFragmentDoc,
    "\n  query AuthorizationRequest($id: ID!) {\n    authorizationRequest(id: $id) {\n      id\n      clientId\n      appName\n      ownerName\n      scopes {\n        name\n        description\n      }\n      redirectHost\n      app {\n        ...AppIdentityFields\n      }\n    }\n  }\n": types.AuthorizationRequestDocument,
    "\n  mutation ApproveAuthorization($requestId: ID!) {\n    approveAuthorization(requestId: $requestId) {\n      redirectTo\n    }\n  }\n": types.ApproveAuthorizationDocument,
    "\n  mutation DenyAuthorization($requestId: ID!) {\n    denyAuthorization(requestId: $requestId) {\n      redirectTo\n    }\n  }\n": types.DenyAuthorizationDocument,
    "\n  query DeviceAuthorization($userCode: String!) {\n    deviceAuthorization(userCode: $userCode) {\n      userCode\n      scopes {\n        name\n        description\n      }\n      app {\n        ...AppIdentityFields\n      }\n    }\n  }\n": types.DeviceAuthorizationDocument,
    "\n  mutation ApproveDeviceAuthorization($userCode: String!) {\n    approveDeviceAuthorization(userCode: $userCode)\n  }\n": types.ApproveDeviceAuthorizationDocument,
    "\n  mutation DenyDeviceAuthorization($userCode: String!) {\n    denyDeviceAuthorization(userCode: $userCode)\n  }\n": types.DenyDeviceAuthorizationDocument,
    "\n  mutation CreateOAuthApp($input: CreateOAuthAppInput!) {\n    createOAuthApp(input: $input) {\n      app {\n        ...OwnedAppFields\n      }\n      clientSecret\n    }\n  }\n": types.CreateOAuthAppDocument,
    "\n  mutation UpdateOAuthApp($clientId: String!, $input: UpdateOAuthAppInput!) {\n    updateOAuthApp(clientId: $clientId, input: $input) {\n      ...OwnedAppFields\n    }\n  }\n": types.UpdateOAuthAppDocument,
    "\n  mutation SetOAuthAppRequireSecret($clientId: String!, $requireSecret: Boolean!) {\n    setOAuthAppRequireSecret(clientId: $clientId, requireSecret: $requireSecret) {\n      app {\n        ...OwnedAppFields\n      }\n      clientSecret\n    }\n  }\n": types.SetOAuthAppRequireSecretDocument,
    "\n  mutation RotateOAuthAppSecret($clientId: String!) {\n    rotateOAuthAppSecret(clientId: $clientId) {\n      app {\n        ...OwnedAppFields\n      }\n      clientSecret\n    }\n  }\n": types.RotateOAuthAppSecretDocument,
    "\n  mutation RevealOAuthAppSecret($clientId: String!) {\n    revealOAuthAppSecret(clientId: $clientId) {\n      app {\n        ...OwnedAppFields\n      }\n      clientSecret\n    }\n  }\n": types.RevealOAuthAppSecretDocument,
    "\n  mutation CopyOAuthAppSecret($clientId: String!) {\n    copyOAuthAppSecret(clientId: $clientId) {\n      clientSecret\n    }\n  }\n": types.CopyOAuthAppSecretDocument,
    "\n  mutation DeleteOAuthApp($clientId: String!) {\n    deleteOAuthApp(clientId: $clientId)\n  }\n": types.DeleteOAuthAppDocument,
    "\n  fragment OwnedAppFields on OAuthApp {\n    clientId\n    name\n    redirectUris\n    requireSecret\n    createdAt\n    updatedAt\n    lastUsedAt\n    authorizedUserCount\n    secretLeakedAt\n    secretLeakUrl\n    rotateSecretOnLeak\n    suspendedAt\n    suspendedReason\n    allowDeviceFlow\n    requirePushedAuthorizationRequests\n    requireDpop\n    idTokenSignedResponseAlg\n    description\n    homepageUrl\n    privacyPolicyUrl\n    termsOfServiceUrl\n  }\n": types.OwnedAppFieldsFragmentDoc,
    "\n  query OwnedOAuthApps {\n    ownedOAuthAppsConnection {\n      nodes {\n        ...OwnedAppFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.OwnedOAuthAppsDocument,
    "\n  query OlderOwnedOAuthApps($after: String!) {\n    ownedOAuthAppsConnection(after: $after) {\n      nodes {\n        ...OwnedAppFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.OlderOwnedOAuthAppsDocument,
    "\n  query OwnedOAuthApp($clientId: String!) {\n    ownedOAuthApp(clientId: $clientId) {\n      ...OwnedAppFields\n    }\n  }\n": types.OwnedOAuthAppDocument,
    "\n  fragment AppEventFields on OAuthAppEvent {\n    id\n    type\n    createdAt\n    actorName\n    detail\n  }\n": types.AppEventFieldsFragmentDoc,
    "\n  query OAuthAppActivity($clientId: String!) {\n    oauthAppActivityConnection(clientId: $clientId) {\n      nodes {\n        ...AppEventFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.OAuthAppActivityDocument,
    "\n  query OlderOAuthAppActivity($clientId: String!, $after: String!) {\n    oauthAppActivityConnection(clientId: $clientId, after: $after) {\n      nodes {\n        ...AppEventFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.OlderOAuthAppActivityDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmPassword($password: String!) {\n    confirmPassword(password: $password)\n  }\n"): (typeof documents)["\n  mutation ConfirmPassword($password: String!) {\n    confirmPassword(password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestingOAuthApp($clientId: String, $userCode: String) {\n    requestingOAuthApp(clientId: $clientId, userCode: $userCode) {\n      name\n    }\n  }\n"): (typeof documents)["\n  query RequestingOAuthApp($clientId: String, $userCode: String) {\n    requestingOAuthApp(clientId: $clientId, userCode: $userCode) {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      email\n      displayName\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      email\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n      email\n      displayName\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n      email\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      id\n      email\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      id\n      email\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuthorizedAppFields on AuthorizedOAuthApp {\n    clientId\n    name\n    ownerName\n    scopes\n    legacy\n    authorizedAt\n    lastUsedAt\n    tokenLeakedAt\n    suspended\n  }\n"): (typeof documents)["\n  fragment AuthorizedAppFields on AuthorizedOAuthApp {\n    clientId\n    name\n    ownerName\n    scopes\n    legacy\n    authorizedAt\n    lastUsedAt\n    tokenLeakedAt\n    suspended\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthorizedOAuthApps {\n    authorizedOAuthAppsConnection {\n      nodes {\n        ...AuthorizedAppFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuthorizedOAuthApps {\n    authorizedOAuthAppsConnection {\n      nodes {\n        ...AuthorizedAppFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OlderAuthorizedOAuthApps($after: String!) {\n    authorizedOAuthAppsConnection(after: $after) {\n      nodes {\n        ...AuthorizedAppFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query OlderAuthorizedOAuthApps($after: String!) {\n    authorizedOAuthAppsConnection(after: $after) {\n      nodes {\n        ...AuthorizedAppFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeAuthorizedOAuthApp($clientId: String!) {\n    revokeAuthorizedOAuthApp(clientId: $clientId)\n  }\n"): (typeof documents)["\n  mutation RevokeAuthorizedOAuthApp($clientId: String!) {\n    revokeAuthorizedOAuthApp(clientId: $clientId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AppIdentityFields on OAuthAppIdentity {\n    clientId\n    name\n    description\n    homepageUrl\n    homepageHost\n    privacyPolicyUrl\n    termsOfServiceUrl\n    ownerName\n    createdAt\n    authorizedUserCount\n  }\n"): (typeof documents)["\n  fragment AppIdentityFields on OAuthAppIdentity {\n    clientId\n    name\n    description\n    homepageUrl\n    homepageHost\n    privacyPolicyUrl\n    termsOfServiceUrl\n    ownerName\n    createdAt\n    authorizedUserCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthorizationRequest($id: ID!) {\n    authorizationRequest(id: $id) {\n      id\n      clientId\n      appName\n      ownerName\n      scopes {\n        name\n        description\n      }\n      redirectHost\n      app {\n        ...AppIdentityFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuthorizationRequest($id: ID!) {\n    authorizationRequest(id: $id) {\n      id\n      clientId\n      appName\n      ownerName\n      scopes {\n        name\n        description\n      }\n      redirectHost\n      app {\n        ...AppIdentityFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveAuthorization($requestId: ID!) {\n    approveAuthorization(requestId: $requestId) {\n      redirectTo\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveAuthorization($requestId: ID!) {\n    approveAuthorization(requestId: $requestId) {\n      redirectTo\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DenyAuthorization($requestId: ID!) {\n    denyAuthorization(requestId: $requestId) {\n      redirectTo\n    }\n  }\n"): (typeof documents)["\n  mutation DenyAuthorization($requestId: ID!) {\n    denyAuthorization(requestId: $requestId) {\n      redirectTo\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeviceAuthorization($userCode: String!) {\n    deviceAuthorization(userCode: $userCode) {\n      userCode\n      scopes {\n        name\n        description\n      }\n      app {\n        ...AppIdentityFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeviceAuthorization($userCode: String!) {\n    deviceAuthorization(userCode: $userCode) {\n      userCode\n      scopes {\n        name\n        description\n      }\n      app {\n        ...AppIdentityFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveDeviceAuthorization($userCode: String!) {\n    approveDeviceAuthorization(userCode: $userCode)\n  }\n"): (typeof documents)["\n  mutation ApproveDeviceAuthorization($userCode: String!) {\n    approveDeviceAuthorization(userCode: $userCode)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DenyDeviceAuthorization($userCode: String!) {\n    denyDeviceAuthorization(userCode: $userCode)\n  }\n"): (typeof documents)["\n  mutation DenyDeviceAuthorization($userCode: String!) {\n    denyDeviceAuthorization(userCode: $userCode)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOAuthApp($input: CreateOAuthAppInput!) {\n    createOAuthApp(input: $input) {\n      app {\n        ...OwnedAppFields\n      }\n      clientSecret\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOAuthApp($input: CreateOAuthAppInput!) {\n    createOAuthApp(input: $input) {\n      app {\n        ...OwnedAppFields\n      }\n      clientSecret\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOAuthApp($clientId: String!, $input: UpdateOAuthAppInput!) {\n    updateOAuthApp(clientId: $clientId, input: $input) {\n      ...OwnedAppFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOAuthApp($clientId: String!, $input: UpdateOAuthAppInput!) {\n    updateOAuthApp(clientId: $clientId, input: $input) {\n      ...OwnedAppFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOAuthAppRequireSecret($clientId: String!, $requireSecret: Boolean!) {\n    setOAuthAppRequireSecret(clientId: $clientId, requireSecret: $requireSecret) {\n      app {\n        ...OwnedAppFields\n      }\n      clientSecret\n    }\n  }\n"): (typeof documents)["\n  mutation SetOAuthAppRequireSecret($clientId: String!, $requireSecret: Boolean!) {\n    setOAuthAppRequireSecret(clientId: $clientId, requireSecret: $requireSecret) {\n      app {\n        ...OwnedAppFields\n      }\n      clientSecret\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateOAuthAppSecret($clientId: String!) {\n    rotateOAuthAppSecret(clientId: $clientId) {\n      app {\n        ...OwnedAppFields\n      }\n      clientSecret\n    }\n  }\n"): (typeof documents)["\n  mutation RotateOAuthAppSecret($clientId: String!) {\n    rotateOAuthAppSecret(clientId: $clientId) {\n      app {\n        ...OwnedAppFields\n      }\n      clientSecret\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevealOAuthAppSecret($clientId: String!) {\n    revealOAuthAppSecret(clientId: $clientId) {\n      app {\n        ...OwnedAppFields\n      }\n      clientSecret\n    }\n  }\n"): (typeof documents)["\n  mutation RevealOAuthAppSecret($clientId: String!) {\n    revealOAuthAppSecret(clientId: $clientId) {\n      app {\n        ...OwnedAppFields\n      }\n      clientSecret\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CopyOAuthAppSecret($clientId: String!) {\n    copyOAuthAppSecret(clientId: $clientId) {\n      clientSecret\n    }\n  }\n"): (typeof documents)["\n  mutation CopyOAuthAppSecret($clientId: String!) {\n    copyOAuthAppSecret(clientId: $clientId) {\n      clientSecret\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteOAuthApp($clientId: String!) {\n    deleteOAuthApp(clientId: $clientId)\n  }\n"): (typeof documents)["\n  mutation DeleteOAuthApp($clientId: String!) {\n    deleteOAuthApp(clientId: $clientId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OwnedAppFields on OAuthApp {\n    clientId\n    name\n    redirectUris\n    requireSecret\n    createdAt\n    updatedAt\n    lastUsedAt\n    authorizedUserCount\n    secretLeakedAt\n    secretLeakUrl\n    rotateSecretOnLeak\n    suspendedAt\n    suspendedReason\n    allowDeviceFlow\n    requirePushedAuthorizationRequests\n    requireDpop\n    idTokenSignedResponseAlg\n    description\n    homepageUrl\n    privacyPolicyUrl\n    termsOfServiceUrl\n  }\n"): (typeof documents)["\n  fragment OwnedAppFields on OAuthApp {\n    clientId\n    name\n    redirectUris\n    requireSecret\n    createdAt\n    updatedAt\n    lastUsedAt\n    authorizedUserCount\n    secretLeakedAt\n    secretLeakUrl\n    rotateSecretOnLeak\n    suspendedAt\n    suspendedReason\n    allowDeviceFlow\n    requirePushedAuthorizationRequests\n    requireDpop\n    idTokenSignedResponseAlg\n    description\n    homepageUrl\n    privacyPolicyUrl\n    termsOfServiceUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnedOAuthApps {\n    ownedOAuthAppsConnection {\n      nodes {\n        ...OwnedAppFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query OwnedOAuthApps {\n    ownedOAuthAppsConnection {\n      nodes {\n        ...OwnedAppFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OlderOwnedOAuthApps($after: String!) {\n    ownedOAuthAppsConnection(after: $after) {\n      nodes {\n        ...OwnedAppFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query OlderOwnedOAuthApps($after: String!) {\n    ownedOAuthAppsConnection(after: $after) {\n      nodes {\n        ...OwnedAppFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnedOAuthApp($clientId: String!) {\n    ownedOAuthApp(clientId: $clientId) {\n      ...OwnedAppFields\n    }\n  }\n"): (typeof documents)["\n  query OwnedOAuthApp($clientId: String!) {\n    ownedOAuthApp(clientId: $clientId) {\n      ...OwnedAppFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AppEventFields on OAuthAppEvent {\n    id\n    type\n    createdAt\n    actorName\n    detail\n  }\n"): (typeof documents)["\n  fragment AppEventFields on OAuthAppEvent {\n    id\n    type\n    createdAt\n    actorName\n    detail\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OAuthAppActivity($clientId: String!) {\n    oauthAppActivityConnection(clientId: $clientId) {\n      nodes {\n        ...AppEventFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query OAuthAppActivity($clientId: String!) {\n    oauthAppActivityConnection(clientId: $clientId) {\n      nodes {\n        ...AppEventFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OlderOAuthAppActivity($clientId: String!, $after: String!) {\n    oauthAppActivityConnection(clientId: $clientId, after: $after) {\n      nodes {\n        ...AppEventFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query OlderOAuthAppActivity($clientId: String!, $after: String!) {\n    oauthAppActivityConnection(clientId: $clientId, after: $after) {\n      nodes {\n        ...AppEventFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;