/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A new note */
export type CreateNoteInput = {
  /** The text; empty when left out */
  body?: string | null | undefined;
  /** The title */
  title: string;
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

export type GraphqlBearerCreateNoteMutationVariables = Exact<{
  input: CreateNoteInput;
}>;


export type GraphqlBearerCreateNoteMutation = { createNote: { id: string, title: string } };

export type AppIdentityOauthAppActivityQueryVariables = Exact<{
  c: string;
}>;


export type AppIdentityOauthAppActivityQuery = { oauthAppActivity: Array<{ type: OAuthAppEventType, detail: string | null }> };

export type AppIdentityAuthorizationRequestQueryVariables = Exact<{
  id: string | number;
}>;


export type AppIdentityAuthorizationRequestQuery = { authorizationRequest: { redirectHost: string, app: { clientId: string, name: string, description: string | null, homepageUrl: string | null, homepageHost: string | null, privacyPolicyUrl: string | null, termsOfServiceUrl: string | null, ownerName: string, createdAt: string, authorizedUserCount: number } } };

export type AuthorizedAppsAuthorizedOAuthAppsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthorizedAppsAuthorizedOAuthAppsQuery = { authorizedOAuthApps: Array<{ clientId: string, name: string, ownerName: string, scopes: Array<string>, legacy: boolean, authorizedAt: string, lastUsedAt: string | null }> };

export type AuthorizedAppsOwnedOAuthAppQueryVariables = Exact<{
  clientId: string;
}>;


export type AuthorizedAppsOwnedOAuthAppQuery = { ownedOAuthApp: { clientId: string } };

export type SupportOwnedOAuthAppQueryVariables = Exact<{
  id: string;
}>;


export type SupportOwnedOAuthAppQuery = { ownedOAuthApp: { secretLeakedAt: string | null, secretLeakUrl: string | null, rotateSecretOnLeak: boolean, suspendedAt: string | null, suspendedReason: string | null } };

export type SupportAuthorizedOAuthAppsQueryVariables = Exact<{ [key: string]: never; }>;


export type SupportAuthorizedOAuthAppsQuery = { authorizedOAuthApps: Array<{ clientId: string, tokenLeakedAt: string | null, suspended: boolean }> };

export type AtomicityOwnedOAuthAppQueryVariables = Exact<{
  id: string;
}>;


export type AtomicityOwnedOAuthAppQuery = { ownedOAuthApp: { clientId: string } };

export type AtomicityOauthAppActivityQueryVariables = Exact<{
  id: string;
}>;


export type AtomicityOauthAppActivityQuery = { oauthAppActivity: Array<{ type: OAuthAppEventType }> };

export type BadInputCreateNoteMutationVariables = Exact<{
  input: CreateNoteInput;
}>;


export type BadInputCreateNoteMutation = { createNote: { id: string } };

export type DatabaseOutageViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type DatabaseOutageViewerQuery = { viewer: { id: string } | null };

export type HostListViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type HostListViewerQuery = { viewer: { id: string } | null };

export type LogHygieneRevealOAuthAppSecretMutationVariables = Exact<{
  id: string;
}>;


export type LogHygieneRevealOAuthAppSecretMutation = { revealOAuthAppSecret: { clientSecret: string | null } };

export type LogHygieneRotateOAuthAppSecretMutationVariables = Exact<{
  id: string;
}>;


export type LogHygieneRotateOAuthAppSecretMutation = { rotateOAuthAppSecret: { clientSecret: string | null } };

export type TwoInstancesViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type TwoInstancesViewerQuery = { viewer: { id: string } | null };

export type ParallelGuessesRequestingOAuthAppQueryVariables = Exact<{
  code?: string | null | undefined;
}>;


export type ParallelGuessesRequestingOAuthAppQuery = { requestingOAuthApp: { name: string } | null };

export type AccountCapsOwnedOAuthAppsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountCapsOwnedOAuthAppsQuery = { ownedOAuthApps: Array<{ clientId: string }> };

export type AuthorizeOauthAppActivityQueryVariables = Exact<{
  id: string;
}>;


export type AuthorizeOauthAppActivityQuery = { oauthAppActivity: Array<{ type: OAuthAppEventType }>, ownedOAuthApp: { secretLeakedAt: string | null } };

export type ConsentDenyAuthorizationMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsentDenyAuthorizationMutation = { denyAuthorization: { redirectTo: string } };

export type DeviceRevocationRotateOAuthAppSecretMutationVariables = Exact<{
  clientId: string;
}>;


export type DeviceRevocationRotateOAuthAppSecretMutation = { rotateOAuthAppSecret: { clientSecret: string | null } };

export type DeviceRevocationAuthorizedOAuthAppsQueryVariables = Exact<{ [key: string]: never; }>;


export type DeviceRevocationAuthorizedOAuthAppsQuery = { authorizedOAuthApps: Array<{ clientId: string, name: string, scopes: Array<string> }> };

export type DeviceSupportDeviceAuthorizationQueryVariables = Exact<{
  code: string;
}>;


export type DeviceSupportDeviceAuthorizationQuery = { deviceAuthorization: { userCode: string, scopes: Array<{ name: string, description: string }>, app: { clientId: string, name: string, description: string | null, homepageUrl: string | null, homepageHost: string | null, privacyPolicyUrl: string | null, termsOfServiceUrl: string | null, ownerName: string, createdAt: string, authorizedUserCount: number } } };

export type DeviceSupportApproveDeviceAuthorizationMutationVariables = Exact<{
  code: string;
}>;


export type DeviceSupportApproveDeviceAuthorizationMutation = { approveDeviceAuthorization: boolean };

export type DeviceSupportDenyDeviceAuthorizationMutationVariables = Exact<{
  code: string;
}>;


export type DeviceSupportDenyDeviceAuthorizationMutation = { denyDeviceAuthorization: boolean };

export type SecretInLinkOauthAppActivityQueryVariables = Exact<{
  id: string;
}>;


export type SecretInLinkOauthAppActivityQuery = { oauthAppActivity: Array<{ type: OAuthAppEventType }>, ownedOAuthApp: { secretLeakedAt: string | null } };

export type SecretInLinkRotateOAuthAppSecretMutationVariables = Exact<{
  id: string;
}>;


export type SecretInLinkRotateOAuthAppSecretMutation = { rotateOAuthAppSecret: { clientSecret: string | null } };

export type SupportViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type SupportViewerQuery = { viewer: { id: string } | null };

export type SupportOauthAppActivityQueryVariables = Exact<{
  id: string;
}>;


export type SupportOauthAppActivityQuery = { oauthAppActivity: Array<{ type: OAuthAppEventType }> };

export type TokenCodeOwnedOAuthAppQueryVariables = Exact<{
  id: string;
}>;


export type TokenCodeOwnedOAuthAppQuery = { ownedOAuthApp: { lastUsedAt: string | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const GraphqlBearerCreateNoteDocument = new TypedDocumentString(`
    mutation GraphqlBearerCreateNote($input: CreateNoteInput!) {
  createNote(input: $input) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<GraphqlBearerCreateNoteMutation, GraphqlBearerCreateNoteMutationVariables>;
export const AppIdentityOauthAppActivityDocument = new TypedDocumentString(`
    query AppIdentityOauthAppActivity($c: String!) {
  oauthAppActivity(clientId: $c) {
    type
    detail
  }
}
    `) as unknown as TypedDocumentString<AppIdentityOauthAppActivityQuery, AppIdentityOauthAppActivityQueryVariables>;
export const AppIdentityAuthorizationRequestDocument = new TypedDocumentString(`
    query AppIdentityAuthorizationRequest($id: ID!) {
  authorizationRequest(id: $id) {
    redirectHost
    app {
      clientId
      name
      description
      homepageUrl
      homepageHost
      privacyPolicyUrl
      termsOfServiceUrl
      ownerName
      createdAt
      authorizedUserCount
    }
  }
}
    `) as unknown as TypedDocumentString<AppIdentityAuthorizationRequestQuery, AppIdentityAuthorizationRequestQueryVariables>;
export const AuthorizedAppsAuthorizedOAuthAppsDocument = new TypedDocumentString(`
    query AuthorizedAppsAuthorizedOAuthApps {
  authorizedOAuthApps {
    clientId
    name
    ownerName
    scopes
    legacy
    authorizedAt
    lastUsedAt
  }
}
    `) as unknown as TypedDocumentString<AuthorizedAppsAuthorizedOAuthAppsQuery, AuthorizedAppsAuthorizedOAuthAppsQueryVariables>;
export const AuthorizedAppsOwnedOAuthAppDocument = new TypedDocumentString(`
    query AuthorizedAppsOwnedOAuthApp($clientId: String!) {
  ownedOAuthApp(clientId: $clientId) {
    clientId
  }
}
    `) as unknown as TypedDocumentString<AuthorizedAppsOwnedOAuthAppQuery, AuthorizedAppsOwnedOAuthAppQueryVariables>;
export const SupportOwnedOAuthAppDocument = new TypedDocumentString(`
    query SupportOwnedOAuthApp($id: String!) {
  ownedOAuthApp(clientId: $id) {
    secretLeakedAt
    secretLeakUrl
    rotateSecretOnLeak
    suspendedAt
    suspendedReason
  }
}
    `) as unknown as TypedDocumentString<SupportOwnedOAuthAppQuery, SupportOwnedOAuthAppQueryVariables>;
export const SupportAuthorizedOAuthAppsDocument = new TypedDocumentString(`
    query SupportAuthorizedOAuthApps {
  authorizedOAuthApps {
    clientId
    tokenLeakedAt
    suspended
  }
}
    `) as unknown as TypedDocumentString<SupportAuthorizedOAuthAppsQuery, SupportAuthorizedOAuthAppsQueryVariables>;
export const AtomicityOwnedOAuthAppDocument = new TypedDocumentString(`
    query AtomicityOwnedOAuthApp($id: String!) {
  ownedOAuthApp(clientId: $id) {
    clientId
  }
}
    `) as unknown as TypedDocumentString<AtomicityOwnedOAuthAppQuery, AtomicityOwnedOAuthAppQueryVariables>;
export const AtomicityOauthAppActivityDocument = new TypedDocumentString(`
    query AtomicityOauthAppActivity($id: String!) {
  oauthAppActivity(clientId: $id) {
    type
  }
}
    `) as unknown as TypedDocumentString<AtomicityOauthAppActivityQuery, AtomicityOauthAppActivityQueryVariables>;
export const BadInputCreateNoteDocument = new TypedDocumentString(`
    mutation BadInputCreateNote($input: CreateNoteInput!) {
  createNote(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<BadInputCreateNoteMutation, BadInputCreateNoteMutationVariables>;
export const DatabaseOutageViewerDocument = new TypedDocumentString(`
    query DatabaseOutageViewer {
  viewer {
    id
  }
}
    `) as unknown as TypedDocumentString<DatabaseOutageViewerQuery, DatabaseOutageViewerQueryVariables>;
export const HostListViewerDocument = new TypedDocumentString(`
    query HostListViewer {
  viewer {
    id
  }
}
    `) as unknown as TypedDocumentString<HostListViewerQuery, HostListViewerQueryVariables>;
export const LogHygieneRevealOAuthAppSecretDocument = new TypedDocumentString(`
    mutation LogHygieneRevealOAuthAppSecret($id: String!) {
  revealOAuthAppSecret(clientId: $id) {
    clientSecret
  }
}
    `) as unknown as TypedDocumentString<LogHygieneRevealOAuthAppSecretMutation, LogHygieneRevealOAuthAppSecretMutationVariables>;
export const LogHygieneRotateOAuthAppSecretDocument = new TypedDocumentString(`
    mutation LogHygieneRotateOAuthAppSecret($id: String!) {
  rotateOAuthAppSecret(clientId: $id) {
    clientSecret
  }
}
    `) as unknown as TypedDocumentString<LogHygieneRotateOAuthAppSecretMutation, LogHygieneRotateOAuthAppSecretMutationVariables>;
export const TwoInstancesViewerDocument = new TypedDocumentString(`
    query TwoInstancesViewer {
  viewer {
    id
  }
}
    `) as unknown as TypedDocumentString<TwoInstancesViewerQuery, TwoInstancesViewerQueryVariables>;
export const ParallelGuessesRequestingOAuthAppDocument = new TypedDocumentString(`
    query ParallelGuessesRequestingOAuthApp($code: String) {
  requestingOAuthApp(userCode: $code) {
    name
  }
}
    `) as unknown as TypedDocumentString<ParallelGuessesRequestingOAuthAppQuery, ParallelGuessesRequestingOAuthAppQueryVariables>;
export const AccountCapsOwnedOAuthAppsDocument = new TypedDocumentString(`
    query AccountCapsOwnedOAuthApps {
  ownedOAuthApps {
    clientId
  }
}
    `) as unknown as TypedDocumentString<AccountCapsOwnedOAuthAppsQuery, AccountCapsOwnedOAuthAppsQueryVariables>;
export const AuthorizeOauthAppActivityDocument = new TypedDocumentString(`
    query AuthorizeOauthAppActivity($id: String!) {
  oauthAppActivity(clientId: $id) {
    type
  }
  ownedOAuthApp(clientId: $id) {
    secretLeakedAt
  }
}
    `) as unknown as TypedDocumentString<AuthorizeOauthAppActivityQuery, AuthorizeOauthAppActivityQueryVariables>;
export const ConsentDenyAuthorizationDocument = new TypedDocumentString(`
    mutation ConsentDenyAuthorization($id: ID!) {
  denyAuthorization(requestId: $id) {
    redirectTo
  }
}
    `) as unknown as TypedDocumentString<ConsentDenyAuthorizationMutation, ConsentDenyAuthorizationMutationVariables>;
export const DeviceRevocationRotateOAuthAppSecretDocument = new TypedDocumentString(`
    mutation DeviceRevocationRotateOAuthAppSecret($clientId: String!) {
  rotateOAuthAppSecret(clientId: $clientId) {
    clientSecret
  }
}
    `) as unknown as TypedDocumentString<DeviceRevocationRotateOAuthAppSecretMutation, DeviceRevocationRotateOAuthAppSecretMutationVariables>;
export const DeviceRevocationAuthorizedOAuthAppsDocument = new TypedDocumentString(`
    query DeviceRevocationAuthorizedOAuthApps {
  authorizedOAuthApps {
    clientId
    name
    scopes
  }
}
    `) as unknown as TypedDocumentString<DeviceRevocationAuthorizedOAuthAppsQuery, DeviceRevocationAuthorizedOAuthAppsQueryVariables>;
export const DeviceSupportDeviceAuthorizationDocument = new TypedDocumentString(`
    query DeviceSupportDeviceAuthorization($code: String!) {
  deviceAuthorization(userCode: $code) {
    userCode
    scopes {
      name
      description
    }
    app {
      clientId
      name
      description
      homepageUrl
      homepageHost
      privacyPolicyUrl
      termsOfServiceUrl
      ownerName
      createdAt
      authorizedUserCount
    }
  }
}
    `) as unknown as TypedDocumentString<DeviceSupportDeviceAuthorizationQuery, DeviceSupportDeviceAuthorizationQueryVariables>;
export const DeviceSupportApproveDeviceAuthorizationDocument = new TypedDocumentString(`
    mutation DeviceSupportApproveDeviceAuthorization($code: String!) {
  approveDeviceAuthorization(userCode: $code)
}
    `) as unknown as TypedDocumentString<DeviceSupportApproveDeviceAuthorizationMutation, DeviceSupportApproveDeviceAuthorizationMutationVariables>;
export const DeviceSupportDenyDeviceAuthorizationDocument = new TypedDocumentString(`
    mutation DeviceSupportDenyDeviceAuthorization($code: String!) {
  denyDeviceAuthorization(userCode: $code)
}
    `) as unknown as TypedDocumentString<DeviceSupportDenyDeviceAuthorizationMutation, DeviceSupportDenyDeviceAuthorizationMutationVariables>;
export const SecretInLinkOauthAppActivityDocument = new TypedDocumentString(`
    query SecretInLinkOauthAppActivity($id: String!) {
  oauthAppActivity(clientId: $id) {
    type
  }
  ownedOAuthApp(clientId: $id) {
    secretLeakedAt
  }
}
    `) as unknown as TypedDocumentString<SecretInLinkOauthAppActivityQuery, SecretInLinkOauthAppActivityQueryVariables>;
export const SecretInLinkRotateOAuthAppSecretDocument = new TypedDocumentString(`
    mutation SecretInLinkRotateOAuthAppSecret($id: String!) {
  rotateOAuthAppSecret(clientId: $id) {
    clientSecret
  }
}
    `) as unknown as TypedDocumentString<SecretInLinkRotateOAuthAppSecretMutation, SecretInLinkRotateOAuthAppSecretMutationVariables>;
export const SupportViewerDocument = new TypedDocumentString(`
    query SupportViewer {
  viewer {
    id
  }
}
    `) as unknown as TypedDocumentString<SupportViewerQuery, SupportViewerQueryVariables>;
export const SupportOauthAppActivityDocument = new TypedDocumentString(`
    query SupportOauthAppActivity($id: String!) {
  oauthAppActivity(clientId: $id) {
    type
  }
}
    `) as unknown as TypedDocumentString<SupportOauthAppActivityQuery, SupportOauthAppActivityQueryVariables>;
export const TokenCodeOwnedOAuthAppDocument = new TypedDocumentString(`
    query TokenCodeOwnedOAuthApp($id: String!) {
  ownedOAuthApp(clientId: $id) {
    lastUsedAt
  }
}
    `) as unknown as TypedDocumentString<TokenCodeOwnedOAuthAppQuery, TokenCodeOwnedOAuthAppQueryVariables>;