/**
 * The kinds of entry in an app's activity log. The server stores them and publishes them as the
 * GraphQL enum `OAuthAppEventType`; the web names each one in words.
 */
export const APP_EVENT_TYPES = [
  'CREATED',
  'RENAMED',
  'REDIRECT_URIS_CHANGED',
  'SECRET_REVEALED',
  'SECRET_COPIED',
  'SECRET_ROTATED',
  'SECRET_REQUIRED_ON',
  'SECRET_REQUIRED_OFF',
  'DELETED',
  'SECRET_IN_AUTHORIZE_LINK',
  'REFRESH_TOKEN_REUSE',
  'CODE_REPLAY',
  'IDENTITY_CHANGED',
  'DEVICE_FLOW_ON',
  'DEVICE_FLOW_OFF',
  'SECRET_REPORTED_LEAKED',
  'SECRET_ROTATED_ON_LEAK',
  'APP_SUSPENDED',
  'APP_UNSUSPENDED',
  'ROTATE_ON_LEAK_ON',
  'ROTATE_ON_LEAK_OFF',
  'PUSHED_REQUESTS_REQUIRED_ON',
  'PUSHED_REQUESTS_REQUIRED_OFF',
  'DPOP_REQUIRED_ON',
  'DPOP_REQUIRED_OFF',
  'ID_TOKEN_SIGNING_ALG_CHANGED',
] as const;
export type AppEventType = (typeof APP_EVENT_TYPES)[number];
