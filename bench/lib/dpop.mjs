// DPoP (RFC 9449) for the "R1 with DPoP" figure: one ES256 key, a token bound to it, and proofs
// made in advance, each with its own jti, for the product's current nonce.
import { createHash, generateKeyPairSync, randomUUID, sign } from 'node:crypto';

const b64 = (value) => Buffer.from(value).toString('base64url');

/** An ES256 key and a signer of proofs with it (node:crypto only: no dependency for the bench). */
export function dpopKey() {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const { kty, crv, x, y } = publicKey.export({ format: 'jwk' });
  const header = b64(JSON.stringify({ typ: 'dpop+jwt', alg: 'ES256', jwk: { kty, crv, x, y } }));
  return {
    /**
     * A proof for one request (§4.2); `accessToken` adds its `ath`.
     * @param {string} htm @param {string} htu
     * @param {{ nonce?: string, accessToken?: string }} [options]
     */
    proof(htm, htu, { nonce, accessToken } = {}) {
      /** @type {Record<string, string | number>} */
      const claims = { jti: randomUUID(), htm, htu, iat: Math.floor(Date.now() / 1000) };
      if (nonce) claims.nonce = nonce;
      if (accessToken) claims.ath = createHash('sha256').update(accessToken).digest('base64url');
      const input = `${header}.${b64(JSON.stringify(claims))}`;
      const signature = sign('sha256', Buffer.from(input), {
        key: privateKey,
        dsaEncoding: 'ieee-p1363',
      });
      return `${input}.${signature.toString('base64url')}`;
    },
  };
}

/** The nonce every token response carries (§8). */
export async function currentNonce(baseUrl) {
  const response = await fetch(new URL('/oauth/token', baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: '',
  });
  await response.arrayBuffer();
  const nonce = response.headers.get('dpop-nonce');
  if (!nonce) throw new Error('the token endpoint sent no DPoP-Nonce');
  return nonce;
}

/** Refreshes with a proof: the new access token is bound to the key (a confidential app's refresh token stays unbound). */
export async function boundAccessToken(baseUrl, auth, refreshToken, key) {
  const response = await fetch(new URL('/oauth/token', baseUrl), {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: auth,
      dpop: key.proof('POST', `${baseUrl}/oauth/token`, { nonce: await currentNonce(baseUrl) }),
    },
    body: new URLSearchParams({
      grant_type: 'refresh_token',
      refresh_token: refreshToken,
    }).toString(),
  });
  const body = await response.json();
  if (response.status !== 200 || body.token_type !== 'DPoP')
    throw new Error(`DPoP refresh: ${response.status} ${body.error ?? body.token_type}`);
  return body.access_token;
}
