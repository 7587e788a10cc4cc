/** RFC 7636 §4.1–4.2: a 43-character verifier (or the given one) and its S256 challenge. */
export function pkcePair(verifier?: string): { verifier: string; challenge: string };
