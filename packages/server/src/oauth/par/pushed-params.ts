import { InvalidRequest } from '../errors.js';
import type { OAuthParams } from '../form.js';

/** Client authentication, read by the endpoint and never kept with the request (RFC 9126 §2.1). */
const CLIENT_CREDENTIALS = ['client_secret', 'client_assertion', 'client_assertion_type'];

/**
 * The authorize parameters to keep: every one the client pushed, whatever it is, so a check added
 * to the authorize endpoint later applies to pushed requests too, minus its credentials.
 * RFC 9126 §2.1: a pushed request must not itself name a request_uri.
 */
export function pushedParams(params: OAuthParams, clientId: string): Record<string, string> {
  if (params.request_uri !== undefined)
    throw new InvalidRequest('A pushed authorization request must not contain request_uri');
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && !CLIENT_CREDENTIALS.includes(name)) kept[name] = value;
  }
  // Basic authentication names the client in the header only.
  kept.client_id = clientId;
  return kept;
}
