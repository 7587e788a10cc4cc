import type { AppEntity } from '../../apps/app.entity.js';
import { InvalidRequest } from '../errors.js';

/**
 * RFC 9126 §5: an app that requires pushed authorization requests gets `invalid_request` for an
 * authorize link that carries its parameters itself, so they cannot be read or changed on the way.
 */
export function requirePushedRequest(app: AppEntity, pushed: boolean): void {
  if (app.requirePushedAuthorizationRequests && !pushed)
    throw new InvalidRequest(
      'This app requires pushed authorization requests: POST the request to /oauth/par and send its request_uri',
    );
}
