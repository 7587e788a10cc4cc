/* eslint-disable */
import * as types from './graphql.js';



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
    "\n  mutation GraphqlBearerCreateNote($input: CreateNoteInput!) {\n    createNote(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.GraphqlBearerCreateNoteDocument,
    "\n        query AppIdentityOauthAppActivity($c: String!) {\n          oauthAppActivity(clientId: $c) {\n            type\n            detail\n          }\n        }\n      ": typeof types.AppIdentityOauthAppActivityDocument,
    "\n    query AppIdentityAuthorizationRequest($id: ID!) {\n      authorizationRequest(id: $id) {\n        redirectHost\n        app {\n          clientId\n          name\n          description\n          homepageUrl\n          homepageHost\n          privacyPolicyUrl\n          termsOfServiceUrl\n          ownerName\n          createdAt\n          authorizedUserCount\n        }\n      }\n    }\n  ": typeof types.AppIdentityAuthorizationRequestDocument,
    "\n  query AuthorizedAppsAuthorizedOAuthApps {\n    authorizedOAuthApps {\n      clientId\n      name\n      ownerName\n      scopes\n      legacy\n      authorizedAt\n      lastUsedAt\n    }\n  }\n": typeof types.AuthorizedAppsAuthorizedOAuthAppsDocument,
    "\n        query AuthorizedAppsOwnedOAuthApp($clientId: String!) {\n          ownedOAuthApp(clientId: $clientId) {\n            clientId\n          }\n        }\n      ": typeof types.AuthorizedAppsOwnedOAuthAppDocument,
    "\n  query SupportOwnedOAuthApp($id: String!) {\n    ownedOAuthApp(clientId: $id) {\n      secretLeakedAt\n      secretLeakUrl\n      rotateSecretOnLeak\n      suspendedAt\n      suspendedReason\n    }\n  }\n": typeof types.SupportOwnedOAuthAppDocument,
    "\n  query SupportAuthorizedOAuthApps {\n    authorizedOAuthApps {\n      clientId\n      tokenLeakedAt\n      suspended\n    }\n  }\n": typeof types.SupportAuthorizedOAuthAppsDocument,
    "\n        query AtomicityOwnedOAuthApp($id: String!) {\n          ownedOAuthApp(clientId: $id) {\n            clientId\n          }\n        }\n      ": typeof types.AtomicityOwnedOAuthAppDocument,
    "\n        query AtomicityOauthAppActivity($id: String!) {\n          oauthAppActivity(clientId: $id) {\n            type\n          }\n        }\n      ": typeof types.AtomicityOauthAppActivityDocument,
    "\n        mutation BadInputCreateNote($input: CreateNoteInput!) {\n          createNote(input: $input) {\n            id\n          }\n        }\n      ": typeof types.BadInputCreateNoteDocument,
    "\n  query DatabaseOutageViewer {\n    viewer {\n      id\n    }\n  }\n": typeof types.DatabaseOutageViewerDocument,
    "\n        query HostListViewer {\n          viewer {\n            id\n          }\n        }\n      ": typeof types.HostListViewerDocument,
    "\n        mutation LogHygieneRevealOAuthAppSecret($id: String!) {\n          revealOAuthAppSecret(clientId: $id) {\n            clientSecret\n          }\n        }\n      ": typeof types.LogHygieneRevealOAuthAppSecretDocument,
    "\n        mutation LogHygieneRotateOAuthAppSecret($id: String!) {\n          rotateOAuthAppSecret(clientId: $id) {\n            clientSecret\n          }\n        }\n      ": typeof types.LogHygieneRotateOAuthAppSecretDocument,
    "\n            query TwoInstancesViewer {\n              viewer {\n                id\n              }\n            }\n          ": typeof types.TwoInstancesViewerDocument,
    "\n  query ParallelGuessesRequestingOAuthApp($code: String) {\n    requestingOAuthApp(userCode: $code) {\n      name\n    }\n  }\n": typeof types.ParallelGuessesRequestingOAuthAppDocument,
    "\n        query AccountCapsOwnedOAuthApps {\n          ownedOAuthApps {\n            clientId\n          }\n        }\n      ": typeof types.AccountCapsOwnedOAuthAppsDocument,
    "\n        query AuthorizeOauthAppActivity($id: String!) {\n          oauthAppActivity(clientId: $id) {\n            type\n          }\n          ownedOAuthApp(clientId: $id) {\n            secretLeakedAt\n          }\n        }\n      ": typeof types.AuthorizeOauthAppActivityDocument,
    "\n  mutation ConsentDenyAuthorization($id: ID!) {\n    denyAuthorization(requestId: $id) {\n      redirectTo\n    }\n  }\n": typeof types.ConsentDenyAuthorizationDocument,
    "\n  mutation DeviceRevocationRotateOAuthAppSecret($clientId: String!) {\n    rotateOAuthAppSecret(clientId: $clientId) {\n      clientSecret\n    }\n  }\n": typeof types.DeviceRevocationRotateOAuthAppSecretDocument,
    "\n  query DeviceRevocationAuthorizedOAuthApps {\n    authorizedOAuthApps {\n      clientId\n      name\n      scopes\n    }\n  }\n": typeof types.DeviceRevocationAuthorizedOAuthAppsDocument,
    "\n  query DeviceSupportDeviceAuthorization($code: String!) {\n    deviceAuthorization(userCode: $code) {\n      userCode\n      scopes {\n        name\n        description\n      }\n      app {\n        clientId\n        name\n        description\n        homepageUrl\n        homepageHost\n        privacyPolicyUrl\n        termsOfServiceUrl\n        ownerName\n        createdAt\n        authorizedUserCount\n      }\n    }\n  }\n": typeof types.DeviceSupportDeviceAuthorizationDocument,
    "\n  mutation DeviceSupportApproveDeviceAuthorization($code: String!) {\n    approveDeviceAuthorization(userCode: $code)\n  }\n": typeof types.DeviceSupportApproveDeviceAuthorizationDocument,
    "\n  mutation DeviceSupportDenyDeviceAuthorization($code: String!) {\n    denyDeviceAuthorization(userCode: $code)\n  }\n": typeof types.DeviceSupportDenyDeviceAuthorizationDocument,
    "\n      query SecretInLinkOauthAppActivity($id: String!) {\n        oauthAppActivity(clientId: $id) {\n          type\n        }\n        ownedOAuthApp(clientId: $id) {\n          secretLeakedAt\n        }\n      }\n    ": typeof types.SecretInLinkOauthAppActivityDocument,
    "\n        mutation SecretInLinkRotateOAuthAppSecret($id: String!) {\n          rotateOAuthAppSecret(clientId: $id) {\n            clientSecret\n          }\n        }\n      ": typeof types.SecretInLinkRotateOAuthAppSecretDocument,
    "\n      query SupportViewer {\n        viewer {\n          id\n        }\n      }\n    ": typeof types.SupportViewerDocument,
    "\n      query SupportOauthAppActivity($id: String!) {\n        oauthAppActivity(clientId: $id) {\n          type\n        }\n      }\n    ": typeof types.SupportOauthAppActivityDocument,
    "\n        query TokenCodeOwnedOAuthApp($id: String!) {\n          ownedOAuthApp(clientId: $id) {\n            lastUsedAt\n          }\n        }\n      ": typeof types.TokenCodeOwnedOAuthAppDocument,
};
const documents: Documents = {
    "\n  mutation GraphqlBearerCreateNote($input: CreateNoteInput!) {\n    createNote(input: $input) {\n      id\n      title\n    }\n  }\n": types.GraphqlBearerCreateNoteDocument,
    "\n        query AppIdentityOauthAppActivity($c: String!) {\n          oauthAppActivity(clientId: $c) {\n            type\n            detail\n          }\n        }\n      ": types.AppIdentityOauthAppActivityDocument,
    "\n    query AppIdentityAuthorizationRequest($id: ID!) {\n      authorizationRequest(id: $id) {\n        redirectHost\n        app {\n          clientId\n          name\n          description\n          homepageUrl\n          homepageHost\n          privacyPolicyUrl\n          termsOfServiceUrl\n          ownerName\n          createdAt\n          authorizedUserCount\n        }\n      }\n    }\n  ": types.AppIdentityAuthorizationRequestDocument,
    "\n  query AuthorizedAppsAuthorizedOAuthApps {\n    authorizedOAuthApps {\n      clientId\n      name\n      ownerName\n      scopes\n      legacy\n      authorizedAt\n      lastUsedAt\n    }\n  }\n": types.AuthorizedAppsAuthorizedOAuthAppsDocument,
    "\n        query AuthorizedAppsOwnedOAuthApp($clientId: String!) {\n          ownedOAuthApp(clientId: $clientId) {\n            clientId\n          }\n        }\n      ": types.AuthorizedAppsOwnedOAuthAppDocument,
    "\n  query SupportOwnedOAuthApp($id: String!) {\n    ownedOAuthApp(clientId: $id) {\n      secretLeakedAt\n      secretLeakUrl\n      rotateSecretOnLeak\n      suspendedAt\n      suspendedReason\n    }\n  }\n": types.SupportOwnedOAuthAppDocument,
    "\n  query SupportAuthorizedOAuthApps {\n    authorizedOAuthApps {\n      clientId\n      tokenLeakedAt\n      suspended\n    }\n  }\n": types.SupportAuthorizedOAuthAppsDocument,
    "\n        query AtomicityOwnedOAuthApp($id: String!) {\n          ownedOAuthApp(clientId: $id) {\n            clientId\n          }\n        }\n      ": types.AtomicityOwnedOAuthAppDocument,
    "\n        query AtomicityOauthAppActivity($id: String!) {\n          oauthAppActivity(clientId: $id) {\n            type\n          }\n        }\n      ": types.AtomicityOauthAppActivityDocument,
    "\n        mutation BadInputCreateNote($input: CreateNoteInput!) {\n          createNote(input: $input) {\n            id\n          }\n        }\n      ": types.BadInputCreateNoteDocument,
    "\n  query DatabaseOutageViewer {\n    viewer {\n      id\n    }\n  }\n": types.DatabaseOutageViewerDocument,
    "\n        query HostListViewer {\n          viewer {\n            id\n          }\n        }\n      ": types.HostListViewerDocument,
    "\n        mutation LogHygieneRevealOAuthAppSecret($id: String!) {\n          revealOAuthAppSecret(clientId: $id) {\n            clientSecret\n          }\n        }\n      ": types.LogHygieneRevealOAuthAppSecretDocument,
    "\n        mutation LogHygieneRotateOAuthAppSecret($id: String!) {\n          rotateOAuthAppSecret(clientId: $id) {\n            clientSecret\n          }\n        }\n      ": types.LogHygieneRotateOAuthAppSecretDocument,
    "\n            query TwoInstancesViewer {\n              viewer {\n                id\n              }\n            }\n          ": types.TwoInstancesViewerDocument,
    "\n  query ParallelGuessesRequestingOAuthApp($code: String) {\n    requestingOAuthApp(userCode: $code) {\n      name\n    }\n  }\n": types.ParallelGuessesRequestingOAuthAppDocument,
    "\n        query AccountCapsOwnedOAuthApps {\n          ownedOAuthApps {\n            clientId\n          }\n        }\n      ": types.AccountCapsOwnedOAuthAppsDocument,
    "\n        query AuthorizeOauthAppActivity($id: String!) {\n          oauthAppActivity(clientId: $id) {\n            type\n          }\n          ownedOAuthApp(clientId: $id) {\n            secretLeakedAt\n          }\n        }\n      ": types.AuthorizeOauthAppActivityDocument,
    "\n  mutation ConsentDenyAuthorization($id: ID!) {\n    denyAuthorization(requestId: $id) {\n      redirectTo\n    }\n  }\n": types.ConsentDenyAuthorizationDocument,
    "\n  mutation DeviceRevocationRotateOAuthAppSecret($clientId: String!) {\n    rotateOAuthAppSecret(clientId: $clientId) {\n      clientSecret\n    }\n  }\n": types.DeviceRevocationRotateOAuthAppSecretDocument,
    "\n  query DeviceRevocationAuthorizedOAuthApps {\n    authorizedOAuthApps {\n      clientId\n      name\n      scopes\n    }\n  }\n": types.DeviceRevocationAuthorizedOAuthAppsDocument,
    "\n  query DeviceSupportDeviceAuthorization($code: String!) {\n    deviceAuthorization(userCode: $code) {\n      userCode\n      scopes {\n        name\n        description\n      }\n      app {\n        clientId\n        name\n        description\n        homepageUrl\n        homepageHost\n        privacyPolicyUrl\n        termsOfServiceUrl\n        ownerName\n        createdAt\n        authorizedUserCount\n      }\n    }\n  }\n": types.DeviceSupportDeviceAuthorizationDocument,
    "\n  mutation DeviceSupportApproveDeviceAuthorization($code: String!) {\n    approveDeviceAuthorization(userCode: $code)\n  }\n": types.DeviceSupportApproveDeviceAuthorizationDocument,
    "\n  mutation DeviceSupportDenyDeviceAuthorization($code: String!) {\n    denyDeviceAuthorization(userCode: $code)\n  }\n": types.DeviceSupportDenyDeviceAuthorizationDocument,
    "\n      query SecretInLinkOauthAppActivity($id: String!) {\n        oauthAppActivity(clientId: $id) {\n          type\n        }\n        ownedOAuthApp(clientId: $id) {\n          secretLeakedAt\n        }\n      }\n    ": types.SecretInLinkOauthAppActivityDocument,
    "\n        mutation SecretInLinkRotateOAuthAppSecret($id: String!) {\n          rotateOAuthAppSecret(clientId: $id) {\n            clientSecret\n          }\n        }\n      ": types.SecretInLinkRotateOAuthAppSecretDocument,
    "\n      query SupportViewer {\n        viewer {\n          id\n        }\n      }\n    ": types.SupportViewerDocument,
    "\n      query SupportOauthAppActivity($id: String!) {\n        oauthAppActivity(clientId: $id) {\n          type\n        }\n      }\n    ": types.SupportOauthAppActivityDocument,
    "\n        query TokenCodeOwnedOAuthApp($id: String!) {\n          ownedOAuthApp(clientId: $id) {\n            lastUsedAt\n          }\n        }\n      ": types.TokenCodeOwnedOAuthAppDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GraphqlBearerCreateNote($input: CreateNoteInput!) {\n    createNote(input: $input) {\n      id\n      title\n    }\n  }\n"): typeof import('./graphql.js').GraphqlBearerCreateNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AppIdentityOauthAppActivity($c: String!) {\n          oauthAppActivity(clientId: $c) {\n            type\n            detail\n          }\n        }\n      "): typeof import('./graphql.js').AppIdentityOauthAppActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query AppIdentityAuthorizationRequest($id: ID!) {\n      authorizationRequest(id: $id) {\n        redirectHost\n        app {\n          clientId\n          name\n          description\n          homepageUrl\n          homepageHost\n          privacyPolicyUrl\n          termsOfServiceUrl\n          ownerName\n          createdAt\n          authorizedUserCount\n        }\n      }\n    }\n  "): typeof import('./graphql.js').AppIdentityAuthorizationRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthorizedAppsAuthorizedOAuthApps {\n    authorizedOAuthApps {\n      clientId\n      name\n      ownerName\n      scopes\n      legacy\n      authorizedAt\n      lastUsedAt\n    }\n  }\n"): typeof import('./graphql.js').AuthorizedAppsAuthorizedOAuthAppsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AuthorizedAppsOwnedOAuthApp($clientId: String!) {\n          ownedOAuthApp(clientId: $clientId) {\n            clientId\n          }\n        }\n      "): typeof import('./graphql.js').AuthorizedAppsOwnedOAuthAppDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupportOwnedOAuthApp($id: String!) {\n    ownedOAuthApp(clientId: $id) {\n      secretLeakedAt\n      secretLeakUrl\n      rotateSecretOnLeak\n      suspendedAt\n      suspendedReason\n    }\n  }\n"): typeof import('./graphql.js').SupportOwnedOAuthAppDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupportAuthorizedOAuthApps {\n    authorizedOAuthApps {\n      clientId\n      tokenLeakedAt\n      suspended\n    }\n  }\n"): typeof import('./graphql.js').SupportAuthorizedOAuthAppsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AtomicityOwnedOAuthApp($id: String!) {\n          ownedOAuthApp(clientId: $id) {\n            clientId\n          }\n        }\n      "): typeof import('./graphql.js').AtomicityOwnedOAuthAppDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AtomicityOauthAppActivity($id: String!) {\n          oauthAppActivity(clientId: $id) {\n            type\n          }\n        }\n      "): typeof import('./graphql.js').AtomicityOauthAppActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation BadInputCreateNote($input: CreateNoteInput!) {\n          createNote(input: $input) {\n            id\n          }\n        }\n      "): typeof import('./graphql.js').BadInputCreateNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DatabaseOutageViewer {\n    viewer {\n      id\n    }\n  }\n"): typeof import('./graphql.js').DatabaseOutageViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query HostListViewer {\n          viewer {\n            id\n          }\n        }\n      "): typeof import('./graphql.js').HostListViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation LogHygieneRevealOAuthAppSecret($id: String!) {\n          revealOAuthAppSecret(clientId: $id) {\n            clientSecret\n          }\n        }\n      "): typeof import('./graphql.js').LogHygieneRevealOAuthAppSecretDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation LogHygieneRotateOAuthAppSecret($id: String!) {\n          rotateOAuthAppSecret(clientId: $id) {\n            clientSecret\n          }\n        }\n      "): typeof import('./graphql.js').LogHygieneRotateOAuthAppSecretDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query TwoInstancesViewer {\n              viewer {\n                id\n              }\n            }\n          "): typeof import('./graphql.js').TwoInstancesViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParallelGuessesRequestingOAuthApp($code: String) {\n    requestingOAuthApp(userCode: $code) {\n      name\n    }\n  }\n"): typeof import('./graphql.js').ParallelGuessesRequestingOAuthAppDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AccountCapsOwnedOAuthApps {\n          ownedOAuthApps {\n            clientId\n          }\n        }\n      "): typeof import('./graphql.js').AccountCapsOwnedOAuthAppsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AuthorizeOauthAppActivity($id: String!) {\n          oauthAppActivity(clientId: $id) {\n            type\n          }\n          ownedOAuthApp(clientId: $id) {\n            secretLeakedAt\n          }\n        }\n      "): typeof import('./graphql.js').AuthorizeOauthAppActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsentDenyAuthorization($id: ID!) {\n    denyAuthorization(requestId: $id) {\n      redirectTo\n    }\n  }\n"): typeof import('./graphql.js').ConsentDenyAuthorizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeviceRevocationRotateOAuthAppSecret($clientId: String!) {\n    rotateOAuthAppSecret(clientId: $clientId) {\n      clientSecret\n    }\n  }\n"): typeof import('./graphql.js').DeviceRevocationRotateOAuthAppSecretDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeviceRevocationAuthorizedOAuthApps {\n    authorizedOAuthApps {\n      clientId\n      name\n      scopes\n    }\n  }\n"): typeof import('./graphql.js').DeviceRevocationAuthorizedOAuthAppsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeviceSupportDeviceAuthorization($code: String!) {\n    deviceAuthorization(userCode: $code) {\n      userCode\n      scopes {\n        name\n        description\n      }\n      app {\n        clientId\n        name\n        description\n        homepageUrl\n        homepageHost\n        privacyPolicyUrl\n        termsOfServiceUrl\n        ownerName\n        createdAt\n        authorizedUserCount\n      }\n    }\n  }\n"): typeof import('./graphql.js').DeviceSupportDeviceAuthorizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeviceSupportApproveDeviceAuthorization($code: String!) {\n    approveDeviceAuthorization(userCode: $code)\n  }\n"): typeof import('./graphql.js').DeviceSupportApproveDeviceAuthorizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeviceSupportDenyDeviceAuthorization($code: String!) {\n    denyDeviceAuthorization(userCode: $code)\n  }\n"): typeof import('./graphql.js').DeviceSupportDenyDeviceAuthorizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query SecretInLinkOauthAppActivity($id: String!) {\n        oauthAppActivity(clientId: $id) {\n          type\n        }\n        ownedOAuthApp(clientId: $id) {\n          secretLeakedAt\n        }\n      }\n    "): typeof import('./graphql.js').SecretInLinkOauthAppActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SecretInLinkRotateOAuthAppSecret($id: String!) {\n          rotateOAuthAppSecret(clientId: $id) {\n            clientSecret\n          }\n        }\n      "): typeof import('./graphql.js').SecretInLinkRotateOAuthAppSecretDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query SupportViewer {\n        viewer {\n          id\n        }\n      }\n    "): typeof import('./graphql.js').SupportViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query SupportOauthAppActivity($id: String!) {\n        oauthAppActivity(clientId: $id) {\n          type\n        }\n      }\n    "): typeof import('./graphql.js').SupportOauthAppActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query TokenCodeOwnedOAuthApp($id: String!) {\n          ownedOAuthApp(clientId: $id) {\n            lastUsedAt\n          }\n        }\n      "): typeof import('./graphql.js').TokenCodeOwnedOAuthAppDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
