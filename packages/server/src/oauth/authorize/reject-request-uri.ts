import { InvalidRequestUri } from '../errors.js';
import type { OAuthParams } from '../form.js';

/**
 * OpenID Connect Core §6.2: no `request_uri` is accepted here (yet); pushed authorization
 * requests (RFC 9126) replace this check with one that resolves the URI.
 */
export function rejectRequestUri(params: OAuthParams): void {
  if (params.request_uri !== undefined)
    throw new InvalidRequestUri('request_uri is not supported by this server');
}
