import type { AppEntity } from './app.entity.js';

/**
 * Whether an edit widens where the app's authorization codes and tokens can go: a redirect URI
 * the app did not have (RFC 6749 §10.6, RFC 9700 §4.1: codes follow the registered URIs) or the
 * device flow turned on (RFC 8628 §5.4: a device code can then be phished for the app's users).
 * Removing or reordering URIs, turning the flow off, renaming and identity edits narrow nothing
 * anyone relies on, so they stay free of a recent sign-in.
 */
export function widensWhereTokensGo(
  app: AppEntity,
  redirectUris: readonly string[] | undefined,
  allowDeviceFlow: boolean | undefined,
): boolean {
  const addsRedirectUri =
    redirectUris !== undefined && redirectUris.some((uri) => !app.redirectUris.includes(uri));
  const turnsDeviceFlowOn = allowDeviceFlow === true && !app.allowDeviceFlow;
  return addsRedirectUri || turnsDeviceFlowOn;
}
