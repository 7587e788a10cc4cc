export interface OwnedApp {
  __typename?: 'OAuthApp';
  clientId: string;
  name: string;
  redirectUris: string[];
  requireSecret: boolean;
  createdAt: string;
  updatedAt: string;
  lastUsedAt: string | null;
  authorizedUserCount: number;
  secretLeakedAt: string | null;
  allowDeviceFlow: boolean;
  description: string | null;
  homepageUrl: string | null;
  privacyPolicyUrl: string | null;
  termsOfServiceUrl: string | null;
}

export interface SecretPayload {
  __typename?: 'OAuthAppSecretPayload';
  app: OwnedApp;
  clientSecret: string | null;
}

export type AppEventType =
  | 'CREATED'
  | 'RENAMED'
  | 'REDIRECT_URIS_CHANGED'
  | 'SECRET_REVEALED'
  | 'SECRET_COPIED'
  | 'SECRET_ROTATED'
  | 'SECRET_REQUIRED_ON'
  | 'SECRET_REQUIRED_OFF'
  | 'DELETED'
  | 'SECRET_IN_AUTHORIZE_LINK'
  | 'REFRESH_TOKEN_REUSE'
  | 'CODE_REPLAY'
  | 'IDENTITY_CHANGED'
  | 'DEVICE_FLOW_ON'
  | 'DEVICE_FLOW_OFF';

export interface AppEvent {
  __typename?: 'OAuthAppEvent';
  id: string;
  /** One of AppEventType; a newer server may send types this client does not know yet. */
  type: string;
  createdAt: string;
  actorName: string | null;
  detail: string | null;
}
