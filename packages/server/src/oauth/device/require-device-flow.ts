import type { OAuthClient } from '../../grants/client.store.js';
import { UnauthorizedClient } from '../errors.js';

/** RFC 8628 §3.2 / RFC 6749 §5.2: the device grant is for apps whose owner turned it on. */
export function requireDeviceFlow(client: OAuthClient): void {
  if (!client.allowDeviceFlow)
    throw new UnauthorizedClient(
      'This app does not allow the device flow; its owner can turn on Allow device flow',
    );
}
