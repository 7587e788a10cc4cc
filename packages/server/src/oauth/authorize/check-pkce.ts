import type { AppEntity } from '../../apps/app.entity.js';
import { InvalidRequest } from '../errors.js';
import type { OAuthParams } from '../form.js';
import { isS256Challenge } from '../pkce.js';

/**
 * RFC 7636 §4.3–4.4.1: public clients must send an S256 challenge; confidential clients may.
 * `plain` is refused, and so is a missing method, which §4.3 would read as `plain`.
 */
export function checkPkce(app: AppEntity, params: OAuthParams): string | null {
  const challenge = params.code_challenge;
  const method = params.code_challenge_method;
  if (challenge === undefined) {
    if (method !== undefined)
      throw new InvalidRequest('code_challenge_method needs a code_challenge');
    if (!app.requireSecret)
      throw new InvalidRequest(
        'Public clients must send code_challenge with code_challenge_method=S256',
      );
    return null;
  }
  if (method !== 'S256') throw new InvalidRequest('code_challenge_method must be S256');
  if (!isS256Challenge(challenge))
    throw new InvalidRequest('code_challenge must be 43 base64url characters (S256)');
  return challenge;
}
