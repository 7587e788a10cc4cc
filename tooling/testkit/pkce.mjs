import { createHash, randomBytes } from 'node:crypto';

/**
 * RFC 7636 §4.1–4.2: a 43-character verifier (or the given one) and its S256 challenge.
 * @param {string} [verifier]
 */
export function pkcePair(verifier = randomBytes(32).toString('base64url')) {
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  return { verifier, challenge };
}
