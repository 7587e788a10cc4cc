import type { OAuthClient } from '../grants/client.store.js';
import { UnauthorizedClient } from './errors.js';

/**
 * A suspended app keeps its credentials but may use none of the grants: RFC 6749 §5.2's
 * `unauthorized_client` ("not authorized to use this authorization grant type") says that the
 * client authenticated and is refused, where `invalid_client` would send its developer hunting
 * for a wrong secret. Checked after authentication, so only the app itself learns it.
 */
export function refuseSuspended(app: OAuthClient): void {
  if (app.suspendedAt !== null)
    throw new UnauthorizedClient('This app is suspended by Bnder; see its page for the reason');
}
