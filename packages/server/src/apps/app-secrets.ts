import { TOKEN_PREFIX } from '@bnder/shared';
import { randomToken } from '../crypto/tokens.js';

/** A public client id: 144 random bits, base64url, so it is URL safe and unguessable (RFC 6749 §2.2). */
export function newClientId(): string {
  return randomToken('', 18);
}

/**
 * A client secret: 256 bits from the CSPRNG behind a recognisable prefix, so secret scanners can
 * find a leaked one (RFC 6749 §2.3.1 leaves the format to the server).
 */
export function newClientSecret(): string {
  return randomToken(TOKEN_PREFIX.clientSecret, 32);
}
