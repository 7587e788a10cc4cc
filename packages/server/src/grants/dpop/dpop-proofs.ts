import { createHash } from 'node:crypto';
import { sha256Hex } from '../../crypto/tokens.js';
import { DpopProofError } from './dpop-proof-error.js';
import { DpopKeys } from './dpop-signature.js';
import type { DpopNonces } from './dpop-nonces.js';
import type { DpopReplayStore } from './dpop-replay-store.js';

export { DPOP_ALGORITHMS } from './dpop-signature.js';

/**
 * §4.3 point 11 and §11.1: how far `iat` may be from the server's clock. A minute either way
 * covers clock skew and a slow network; together with the `jti` kept for as long, it bounds the
 * replay window, and the server nonce bounds a proof's life even for a skewed client.
 */
export const IAT_WINDOW_MS = 60 * 1000;

const MAX_JTI = 256;

/** What the request says the proof must cover. */
export type ProofTarget = {
  method: string;
  /** The URL the request was sent to; its query and fragment are ignored (§4.3 point 9). */
  url: string;
  /** At a resource server: the access token the proof must hash into `ath` (§4.3 point 12). */
  accessToken?: string;
};

export type AcceptedProof = { jkt: string };

/**
 * Checks a DPoP proof (RFC 9449 §4.3) in the order the section gives, then the server nonce
 * (§8, §9: always required, see docs/security.md) and, last, that its `jti` is used once
 * (§11.1), so a proof that fails any other check leaves nothing in the replay store.
 */
export class DpopProofs {
  private readonly keys = new DpopKeys();

  constructor(
    private readonly nonces: DpopNonces,
    private readonly replays: DpopReplayStore,
  ) {}

  /** The nonce to hand out in `DPoP-Nonce`. */
  currentNonce(): string {
    return this.nonces.current();
  }

  async check(header: string | undefined, target: ProofTarget): Promise<AcceptedProof> {
    // §4.3 point 1: exactly one DPoP header. Node joins repeated ones with a comma, which a
    // compact JWS never contains.
    if (header === undefined || header === '')
      throw invalid('The request must carry a DPoP proof in the DPoP header');
    if (header.includes(',')) throw invalid('Send exactly one DPoP header');
    // §4.3 points 2–7, on node:crypto with each key imported once (dpop-signature.ts).
    const { payload, jkt } = this.keys.verify(header);
    const now = Date.now();
    checkClaims(payload, target, now);
    if (typeof payload.nonce !== 'string' || !this.nonces.accepts(payload.nonce, now))
      throw new DpopProofError('use_dpop_nonce', 'Resend the proof with the nonce in DPoP-Nonce');
    // Per key: two clients' random jti cannot collide into a refusal. Kept until the proof's
    // iat leaves the window, after which the iat check refuses it anyway.
    const expiresAt = Math.max(now, (payload.iat as number) * 1000) + IAT_WINDOW_MS;
    if (!(await this.replays.firstUse(sha256Hex(`${jkt}:${payload.jti}`), expiresAt, now)))
      throw invalid('This DPoP proof was already used: make a new one for each request');
    return { jkt };
  }
}

/** §4.3 points 8–12. */
function checkClaims(payload: Record<string, unknown>, target: ProofTarget, now: number): void {
  if (typeof payload.jti !== 'string' || payload.jti === '' || payload.jti.length > MAX_JTI)
    throw invalid(`jti must be a string of 1 to ${MAX_JTI} characters`);
  if (payload.htm !== target.method)
    throw invalid(`htm must be the request's method, ${target.method}`);
  if (typeof payload.htu !== 'string' || normalizedHtu(payload.htu) !== normalizedHtu(target.url))
    throw invalid("htu must be the request's URL, without query and fragment");
  const iat = payload.iat;
  if (typeof iat !== 'number' || Math.abs(iat * 1000 - now) > IAT_WINDOW_MS)
    throw invalid('iat must be within 60 seconds of the server time');
  if (target.accessToken !== undefined) {
    const expected = createHash('sha256').update(target.accessToken).digest('base64url');
    if (payload.ath !== expected) throw invalid('ath must be the hash of the access token');
  }
}

/**
 * §4.3 point 9: the URL without query and fragment, normalised as RFC 3986 §6.2.2 and §6.2.3
 * say (case of scheme and host, default port, dot segments, percent-encoding), which WHATWG URL
 * parsing does. An unparsable htu matches nothing.
 */
function normalizedHtu(url: string): string | null {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
  } catch {
    return null;
  }
}

const invalid = (message: string) => new DpopProofError('invalid_dpop_proof', message);
