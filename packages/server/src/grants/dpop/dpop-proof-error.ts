/**
 * A DPoP proof that cannot be accepted (RFC 9449 §4.3), or one that lacks the server's current
 * nonce (§8, §9). The token endpoint and the resource server each turn it into their own error.
 */
export class DpopProofError extends Error {
  constructor(
    readonly reason: 'invalid_dpop_proof' | 'use_dpop_nonce',
    message: string,
  ) {
    super(message);
    this.name = 'DpopProofError';
  }
}
