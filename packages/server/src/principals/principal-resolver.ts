import type { SessionsService } from '../accounts/sessions.service.js';
import type { AccessTokenStore } from '../grants/access-token.store.js';
import type {
  CallerResolver,
  Credentials,
  ResolvedPrincipal,
} from '../toolkit/http/authenticate.js';

/**
 * Who is calling. A request with an Authorization header is judged by its bearer token alone
 * (a cookie beside it is ignored), so an OAuth token can never act with the session's powers.
 */
export class PrincipalResolver implements CallerResolver {
  constructor(
    private readonly sessions: SessionsService,
    private readonly tokens: AccessTokenStore,
  ) {}

  async resolve(credentials: Credentials): Promise<ResolvedPrincipal> {
    if (credentials.authorization !== undefined) {
      // RFC 6750 §2.1 `Bearer 1*SP b64token`; the scheme is case-insensitive (RFC 9110 §11.1).
      const match = /^Bearer +([A-Za-z0-9\-._~+/]+=*)$/i.exec(credentials.authorization);
      if (!match?.[1]) return { ok: false, reason: 'invalid_request' };
      const principal = credentials.withProfile
        ? await this.tokens.findWithProfile(match[1])
        : await this.tokens.find(match[1]);
      return principal ? { ok: true, principal } : { ok: false, reason: 'invalid_token' };
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
}
