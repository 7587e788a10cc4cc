import { InvalidRequest, UnsupportedResponseType } from '../errors.js';
import type { OAuthParams } from '../form.js';

/** RFC 6749 §3.1.1: only the authorization code grant (§4.1) is offered; no implicit grant. */
export function checkResponseType(params: OAuthParams): void {
  const responseType = params.response_type;
  if (responseType === undefined) throw new InvalidRequest('response_type is required');
  if (responseType !== 'code')
    throw new UnsupportedResponseType('Only response_type=code is supported');
}
