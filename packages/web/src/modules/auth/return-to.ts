import { SPA_PAGES, isSpaPage } from '@bnder/shared';

export const DEFAULT_AFTER_SIGN_IN: string = SPA_PAGES.ownedApps;

/**
 * Returns `raw` when it is a path on this origin, else null. Refuses protocol-relative
 * (`//evil.test`), backslash (`/\evil.test`, which browsers treat as `//`) and anything with
 * control characters or spaces, which browsers strip before parsing (`/\t/evil.test`).
 */
export function safeReturnTo(raw: string | null | undefined): string | null {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return null;
  if (hasControlOrSpace(raw)) return null;
  try {
    const base = window.location.origin;
    return new URL(raw, base).origin === base ? raw : null;
  } catch {
    return null;
  }
}

function hasControlOrSpace(value: string): boolean {
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    if (code <= 0x20 || code === 0x7f) return true;
  }
  return false;
}

/** Pages this SPA renders itself; anything else (`/oauth/authorize`) is a server path. */
export function isSpaPath(path: string): boolean {
  return isSpaPage(path.split(/[?#]/)[0] ?? '');
}

/** Where to go after signing in: the safe return path, never back to the sign-in page itself. */
export function destinationAfterSignIn(raw: string | null): string {
  const target = safeReturnTo(raw);
  if (!target) return DEFAULT_AFTER_SIGN_IN;
  const pathname = target.split(/[?#]/)[0];
  return pathname === SPA_PAGES.signIn || pathname === SPA_PAGES.signUp
    ? DEFAULT_AFTER_SIGN_IN
    : target;
}

export function signInPathFor(returnTo: string): string {
  return `/signin?return_to=${encodeURIComponent(returnTo)}`;
}
