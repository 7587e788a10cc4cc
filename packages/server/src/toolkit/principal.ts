import type { Scope } from '@bnder/shared';

export type PrincipalUser = { id: string; email: string; displayName: string };

/** The signed-in Bnder session (a browser with the session cookie). */
export type SessionPrincipal = {
  kind: 'session';
  user: PrincipalUser;
  sessionCookie: string;
  authenticatedAt: Date;
};

/** An OAuth access token presented as `Authorization: Bearer` (RFC 6750 §2.1). */
export type TokenPrincipal = {
  kind: 'token';
  user: PrincipalUser;
  appId: string;
  clientId: string;
  scopes: Scope[];
  /** Issued with pre-release custom scopes: acts as read only. */
  legacy: boolean;
};

export type Principal = SessionPrincipal | TokenPrincipal;

export function hasScope(principal: Principal, scope: Scope): boolean {
  return principal.kind === 'session' || principal.scopes.includes(scope);
}
