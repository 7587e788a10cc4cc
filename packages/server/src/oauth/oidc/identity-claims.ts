/**
 * The claims the granted identity scopes release (OIDC Core §5.4), for the ID token and
 * userinfo alike. Bnder does not verify email addresses yet, so `email_verified` is false.
 */
export function identityClaims(
  scopes: readonly string[],
  user: { displayName: string; email: string },
): Record<string, unknown> {
  return {
    ...(scopes.includes('profile') ? { name: user.displayName } : {}),
    ...(scopes.includes('email') ? { email: user.email, email_verified: false } : {}),
  };
}
