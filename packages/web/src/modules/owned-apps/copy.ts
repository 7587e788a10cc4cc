import type { AppEventType } from './graphql/types';

/** The one true thing about getting a client secret back, said alike wherever it comes up. */
export const SECRET_AVAILABILITY =
  'You can reveal or copy it again later in the app settings; each time is recorded in the activity log.';

/** "of Weather Sync", for control names that must say which app they act on. */
export function ofApp(appName: string | undefined): string {
  return appName ? ` of ${appName}` : '';
}

export function usersPhrase(count: number): string {
  return `${count} ${count === 1 ? 'user' : 'users'}`;
}

/** "3 users lose access", or nothing when no one authorized the app. */
export function loseAccessSentence(count: number): string {
  if (count === 0) return '';
  return count === 1 ? '1 user loses access.' : `${count} users lose access.`;
}

/** Who is affected when the app's sessions are signed out, in one sentence. */
export function signedOutSentence(count: number): string {
  return count === 0
    ? 'No one has authorized it yet, so no one is signed out.'
    : `${usersPhrase(count)} will be signed out and must authorize it again.`;
}

const EVENT_TEXT: Record<AppEventType, string> = {
  CREATED: 'Created the application',
  RENAMED: 'Renamed the application',
  REDIRECT_URIS_CHANGED: 'Changed the redirect URIs',
  SECRET_REVEALED: 'Revealed the client secret',
  SECRET_COPIED: 'Copied the client secret',
  SECRET_ROTATED: 'Rotated the client secret',
  SECRET_REQUIRED_ON: 'Turned on Require a client secret',
  SECRET_REQUIRED_OFF: 'Turned off Require a client secret and deleted the secret',
  DELETED: 'Deleted the application',
  SECRET_IN_AUTHORIZE_LINK: 'The client secret was seen in an authorize link; the link was refused',
  REFRESH_TOKEN_REUSE: 'An old refresh token was reused; its sessions were signed out',
  CODE_REPLAY: 'An authorization code was used twice; the tokens it issued were revoked',
  IDENTITY_CHANGED: 'Changed what the consent page says about the application',
  DEVICE_FLOW_ON: 'Turned on Allow device flow',
  DEVICE_FLOW_OFF: 'Turned off Allow device flow',
  SECRET_REPORTED_LEAKED: 'Client secret reported found in public',
  SECRET_ROTATED_ON_LEAK: 'Leaked client secret rotated automatically',
  APP_SUSPENDED: 'Suspended by Bnder',
  APP_UNSUSPENDED: 'Suspension lifted by Bnder',
  ROTATE_ON_LEAK_ON: 'Turned on Rotate automatically when the secret leaks',
  ROTATE_ON_LEAK_OFF: 'Turned off Rotate automatically when the secret leaks',
  PUSHED_REQUESTS_REQUIRED_ON: 'Turned on Require pushed authorization requests',
  PUSHED_REQUESTS_REQUIRED_OFF: 'Turned off Require pushed authorization requests',
  DPOP_REQUIRED_ON: 'Turned on Require DPoP',
  DPOP_REQUIRED_OFF: 'Turned off Require DPoP',
  ID_TOKEN_SIGNING_ALG_CHANGED: 'Changed the ID token signing algorithm',
};

export function eventText(type: string): string {
  return type in EVENT_TEXT ? EVENT_TEXT[type as AppEventType] : type.replaceAll('_', ' ');
}

/** Events the owner should act on are highlighted in the log. */
export function isWarningEvent(type: string): boolean {
  return [
    'SECRET_IN_AUTHORIZE_LINK',
    'REFRESH_TOKEN_REUSE',
    'CODE_REPLAY',
    'SECRET_REPORTED_LEAKED',
    'SECRET_ROTATED_ON_LEAK',
    'APP_SUSPENDED',
  ].includes(type);
}
