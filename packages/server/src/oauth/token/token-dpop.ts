import type { OAuthClient } from '../../grants/client.store.js';
import { DpopProofError } from '../../grants/dpop/dpop-proof-error.js';
import type { DpopProofs } from '../../grants/dpop/dpop-proofs.js';
import { InvalidDpopProof, UseDpopNonce } from '../errors.js';

/**
 * RFC 9449 §5 at the token endpoint: a request with a valid proof gets tokens bound to the
 * proof's key (the thumbprint returned); without one, null, unless the app requires DPoP.
 */
export class TokenDpop {
  constructor(
    private readonly proofs: DpopProofs,
    private readonly tokenEndpointUrl: string,
  ) {}

  /** RFC 9449 §8: sent on every token response, so a client has it before it needs it. */
  nonce(): string {
    return this.proofs.currentNonce();
  }

  async boundKey(header: string | undefined, client: OAuthClient): Promise<string | null> {
    if (header === undefined) {
      if (client.requireDpop)
        throw new InvalidDpopProof('This app requires DPoP: send a DPoP proof with the request');
      return null;
    }
    try {
      const proof = await this.proofs.check(header, {
        method: 'POST',
        url: this.tokenEndpointUrl,
      });
      return proof.jkt;
    } catch (error) {
      if (!(error instanceof DpopProofError)) throw error;
      throw error.reason === 'use_dpop_nonce'
        ? new UseDpopNonce(error.message)
        : new InvalidDpopProof(error.message);
    }
  }
}

/** A token bound to a key is used only with a proof of that key (RFC 9449 §5, §10). */
export function requireSameKey(bound: string | null, proved: string | null, what: string): void {
  if (bound === null || bound === proved) return;
  throw new InvalidDpopProof(
    proved === null
      ? `${what} is bound to a DPoP key: send a proof signed with it`
      : `${what} is bound to another DPoP key`,
  );
}
