import { compactVerify, importJWK } from 'jose';
import { InvalidRequest } from '../errors.js';
import type { SigningKeys } from './signing-keys.js';

/**
 * OpenID Connect Core §3.1.2.1 `id_token_hint`: an ID token this server issued to this client.
 * Its signature, issuer and audience are checked; an expired one is still a good hint (the
 * spec allows it), so `exp` is not. Returns its `sub`.
 */
export async function subjectOfIdTokenHint(
  hint: string,
  clientId: string,
  keys: SigningKeys,
  issuer: string,
): Promise<string> {
  const invalid = () => new InvalidRequest('id_token_hint is not an ID token issued here');
  let payload: Uint8Array;
  try {
    ({ payload } = await compactVerify(hint, async ({ kid, alg }) => {
      const jwk = kid ? await keys.publicKey(kid) : null;
      if (!jwk || jwk.alg !== alg) throw invalid();
      return importJWK(jwk, alg);
    }));
  } catch {
    throw invalid();
  }
  let claims: { iss?: unknown; sub?: unknown; aud?: unknown };
  try {
    claims = JSON.parse(new TextDecoder().decode(payload)) as typeof claims;
  } catch {
    throw invalid();
  }
  const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (claims.iss !== issuer || !audiences.includes(clientId) || typeof claims.sub !== 'string')
    throw invalid();
  return claims.sub;
}
