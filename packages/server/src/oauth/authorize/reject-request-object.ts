import { RequestNotSupported } from '../errors.js';
import type { OAuthParams } from '../form.js';

/**
 * OpenID Connect Core §6.1 and §6.3: this server does not take request objects, so a `request`
 * parameter is refused rather than ignored (its claims could contradict the query's).
 */
export function rejectRequestObject(params: OAuthParams): void {
  if (params.request !== undefined)
    throw new RequestNotSupported('Request objects (the request parameter) are not supported');
}
