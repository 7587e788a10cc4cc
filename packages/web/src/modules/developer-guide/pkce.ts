export interface PkcePair {
  verifier: string;
  challenge: string;
  state: string;
}

const base64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

/**
 * A fresh PKCE pair (RFC 7636 §4.1–4.2: 32 random bytes as the verifier, its SHA-256 as the S256
 * challenge) and a state, made in the browser so the owner can try the flow. Null where the page
 * is not a secure context and Web Crypto's digest is missing.
 */
export async function createPkcePair(): Promise<PkcePair | null> {
  if (!globalThis.crypto?.subtle) return null;
  const verifier = base64url(crypto.getRandomValues(new Uint8Array(32)));
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return {
    verifier,
    challenge: base64url(new Uint8Array(digest)),
    state: base64url(crypto.getRandomValues(new Uint8Array(16))),
  };
}
