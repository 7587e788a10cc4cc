import { InvalidRequest } from '../errors.js';
import type { OAuthParams } from '../form.js';

/**
 * What a browser carries in an authorize link is a few KiB; the stored request (a TEXT column,
 * 64 KiB on MySQL) gets a bound well inside it, whatever JSON escaping adds.
 */
const PUSHED_PARAMS_MAX_BYTES = 16 * 1024;

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
  if (Buffer.byteLength(JSON.stringify(kept)) > PUSHED_PARAMS_MAX_BYTES)
    throw new InvalidRequest('The pushed request is too large');
  return kept;
}
