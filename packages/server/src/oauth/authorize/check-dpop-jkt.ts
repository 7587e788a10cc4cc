import { InvalidRequest } from '../errors.js';
import type { OAuthParams } from '../form.js';

/** A SHA-256 JWK thumbprint (RFC 7638) in base64url without padding: 43 characters. */
const THUMBPRINT = /^[A-Za-z0-9_-]{43}$/;

/**
 * RFC 9449 §10: `dpop_jkt` binds the code to the key the client will prove at the token
 * endpoint, so a code stolen from the front channel is useless without that key.
 */
export function checkDpopJkt(params: OAuthParams): string | null {
  const jkt = params.dpop_jkt;
  if (jkt === undefined) return null;
  if (!THUMBPRINT.test(jkt))
    throw new InvalidRequest('dpop_jkt must be a JWK SHA-256 thumbprint: 43 base64url characters');
  return jkt;
}
