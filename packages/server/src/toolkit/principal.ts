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
  /** The profile is read with the token only where the operation needs it (see needsProfile). */
  user: PrincipalUser | { id: string };
  appId: string;
  scopes: Scope[];
  /** Issued with pre-release custom scopes: acts as read only. */
  legacy: boolean;
  /** RFC 9449 §6.1: the key the token is bound to, or null for a bearer token. */
  jkt: string | null;
};

export type Principal = SessionPrincipal | TokenPrincipal;

export function hasScope(principal: Principal, scope: Scope): boolean {
  return principal.kind === 'session' || principal.scopes.includes(scope);
}

/** The caller's profile, if the caller's look-up read it (sessions always do). */
export function profileOf(principal: Principal): PrincipalUser | null {
  return 'email' in principal.user ? principal.user : null;
}

/** The caller's profile where the operation declared it shows one, so the look-up read it. */
export function requireProfile(principal: Principal): PrincipalUser {
  const profile = profileOf(principal);
  if (!profile)
    throw new Error('The caller was looked up without the profile this operation shows');
  return profile;
}
