/** The three API scopes. They are independent: `write` does not imply `read`. */
export const API_SCOPES = ['read', 'write', 'delete'] as const;
export type ApiScope = (typeof API_SCOPES)[number];

/**
 * OpenID Connect Core 1.0 §3.1.2.1 and §5.4: `openid` asks for an ID token (sign-in), `profile`
 * and `email` for those claims. They only add to an API scope: a link must still ask for one.
 */
export const IDENTITY_SCOPES = ['openid', 'profile', 'email'] as const;
export type IdentityScope = (typeof IDENTITY_SCOPES)[number];

/** Every scope, in canonical order. */
export const SCOPES = [...API_SCOPES, ...IDENTITY_SCOPES] as const;
export type Scope = (typeof SCOPES)[number];

export const SCOPE_DESCRIPTIONS: Record<Scope, string> = {
  read: 'Read your profile, notes and OAuth applications',
  write: 'Create and change your notes, profile and OAuth applications',
  delete: 'Delete your notes and OAuth applications',
  openid: 'Sign you in as your Bnder account',
  profile: 'See your name',
  email: 'See your email address',
};

export function isIdentityScope(value: string): value is IdentityScope {
  return (IDENTITY_SCOPES as readonly string[]).includes(value);
}

export function isScope(value: string): value is Scope {
  return (SCOPES as readonly string[]).includes(value);
}

export type ParsedScope =
  { kind: 'explicit'; scopes: Scope[] } | { kind: 'invalid'; reason: string };

/**
 * Parses the `scope` parameter of an authorize link or token request.
 * RFC 6749 §3.3: space-delimited, case-sensitive. Missing, empty or unknown values are refused:
 * nothing defaults to broad access.
 */
export function parseRequestedScope(raw: string | undefined | null): ParsedScope {
  if (raw === undefined || raw === null || raw.trim() === '') {
    return {
      kind: 'invalid',
      reason: 'scope is required: request one or more of read, write, delete',
    };
  }
  const values = raw.split(' ').filter((v) => v !== '');
  const unknown = values.filter((v) => !isScope(v));
  if (unknown.length > 0) {
    return { kind: 'invalid', reason: `unknown scope: ${unknown.join(' ')}` };
  }
  if (!values.some((v) => (API_SCOPES as readonly string[]).includes(v))) {
    return {
      kind: 'invalid',
      reason:
        'openid, profile and email only add to an API scope: request one or more of read, write, delete',
    };
  }
  return { kind: 'explicit', scopes: normalizeScopes(values as Scope[]) };
}

/** Deduplicates and orders scopes canonically (read, write, delete, openid, profile, email). */
export function normalizeScopes(scopes: readonly Scope[]): Scope[] {
  return SCOPES.filter((s) => scopes.includes(s));
}

export type GrantedScope = { scopes: Scope[]; legacy: boolean };

/**
 * Reads a scope string stored with a token. Tokens from before explicit scopes carry
 * pre-release custom scopes; any such value makes the token act as `read` only, with no
 * identity scope (a legacy token never signed anybody in).
 */
export function parseStoredScope(raw: string): GrantedScope {
  const values = raw.split(' ').filter((v) => v !== '');
  if (values.length === 0 || values.some((v) => !isScope(v))) {
    return { scopes: ['read'], legacy: true };
  }
  return { scopes: normalizeScopes(values as Scope[]), legacy: false };
}

export function formatScopes(scopes: readonly Scope[]): string {
  return normalizeScopes(scopes).join(' ');
}

export function coversScopes(granted: readonly Scope[], requested: readonly Scope[]): boolean {
  return requested.every((s) => granted.includes(s));
}
