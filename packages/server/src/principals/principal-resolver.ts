import type { SessionsService } from '../accounts/sessions.service.js';
import type { AccessTokenStore } from '../grants/access-token.store.js';
import { DpopProofError } from '../grants/dpop/dpop-proof-error.js';
import { DPOP_ALGORITHMS, type DpopProofs } from '../grants/dpop/dpop-proofs.js';
import type {
  CallerRefusal,
  CallerResolver,
  Credentials,
  ResolvedPrincipal,
} from '../toolkit/http/authenticate.js';
import type { TokenPrincipal } from '../toolkit/principal.js';

// RFC 6750 §2.1 `Bearer 1*SP b64token`, RFC 9449 §7.1 `DPoP 1*SP token68`; the scheme is
// case-insensitive (RFC 9110 §11.1).
const AUTHORIZATION = /^(Bearer|DPoP) +([A-Za-z0-9\-._~+/]+=*)$/i;

/**
 * Who is calling. A request with an Authorization header is judged by its token alone (a cookie
 * beside it is ignored), so an OAuth token can never act with the session's powers.
 */
export class PrincipalResolver implements CallerResolver {
  constructor(
    private readonly sessions: SessionsService,
    private readonly tokens: AccessTokenStore,
    private readonly dpop: DpopProofs,
    private readonly publicUrl: string,
  ) {}

  async resolve(credentials: Credentials): Promise<ResolvedPrincipal> {
    if (credentials.authorization !== undefined) {
      const match = AUTHORIZATION.exec(credentials.authorization);
      const scheme = match?.[1]?.toLowerCase();
      const token = match?.[2];
      if (!token) return { ok: false, reason: 'invalid_request' };
      if (scheme === 'dpop') return this.resolveDpop(credentials, token);
      const principal = await this.findToken(credentials, token);
      if (!principal) return { ok: false, reason: 'invalid_token' };
      // RFC 9449 §7.2: a bound token sent as a bearer token is refused; the extra work of
      // DPoP is paid only here, where the row has a key.
      if (principal.jkt !== null)
        return dpopRefusal('invalid_token', 'This token is bound to a DPoP key: send it as DPoP');
      return { ok: true, principal };
    }
    if (credentials.sessionCookie) {
      const found = await this.sessions.find(credentials.sessionCookie);
      if (!found) return { ok: true, principal: null };
      const { user, session } = found;
      return {
        ok: true,
        principal: {
          kind: 'session',
          user: { id: user.id, email: user.email, displayName: user.displayName },
          sessionCookie: credentials.sessionCookie,
          authenticatedAt: session.authenticatedAt,
        },
      };
    }
    return { ok: true, principal: null };
  }

  /**
   * RFC 9449 §7.1: the proof must cover this request and this token (`ath`) and be signed by the
   * key the token is bound to. The proof is checked first, so a token is never looked up for a
   * request that fails it, and a stolen token without its key learns nothing.
   */
  private async resolveDpop(credentials: Credentials, token: string): Promise<ResolvedPrincipal> {
    let jkt: string;
    try {
      const proof = await this.dpop.check(credentials.dpop, {
        method: credentials.method ?? 'GET',
        url: this.publicUrl + (credentials.url ?? '/'),
        accessToken: token,
      });
      jkt = proof.jkt;
    } catch (error) {
      if (!(error instanceof DpopProofError)) throw error;
      // §9: the nonce comes with any refused proof, so the retry can carry it.
      return dpopRefusal(error.reason, error.message, this.dpop.currentNonce());
    }
    const principal = await this.findToken(credentials, token);
    if (!principal || principal.jkt !== jkt)
      return dpopRefusal(
        'invalid_token',
        'The access token is invalid, expired, revoked or bound to another key',
      );
    return { ok: true, principal };
  }

  private findToken(credentials: Credentials, token: string): Promise<TokenPrincipal | null> {
    return credentials.withProfile ? this.tokens.findWithProfile(token) : this.tokens.find(token);
  }
}

function dpopRefusal(
  reason: CallerRefusal,
  description: string,
  nonce?: string,
): ResolvedPrincipal {
  return {
    ok: false,
    reason,
    description,
    dpop: { algs: DPOP_ALGORITHMS, ...(nonce === undefined ? {} : { nonce }) },
  };
}
