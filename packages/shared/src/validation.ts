import { z } from 'zod';

export const APP_NAME_MAX = 100;
export const REDIRECT_URIS_MAX = 10;
export const REDIRECT_URI_MAX_LENGTH = 2000;
export const PASSWORD_MIN_BYTES = 10;
/** bcrypt ignores everything past 72 bytes, so longer passwords are refused rather than truncated. */
export const PASSWORD_MAX_BYTES = 72;

// Control characters (Cc) and bidirectional overrides/isolates, which can disguise a name.
export const FORBIDDEN_NAME_CHARS = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
// Invisible format characters (Cf: zero-width space/joiners, word joiner, BOM, soft hyphen, tags…),
// which make two names that look the same compare different.
const INVISIBLE_CHARS = /\p{Cf}/u;
// A zero-width joiner inside an emoji sequence (👩‍💻) is visible as one glyph, so it is allowed.
const EMOJI_JOINER =
  /(\p{Extended_Pictographic}(?:\u{FE0F}|[\u{1F3FB}-\u{1F3FF}])?)\u200D(?=\p{Extended_Pictographic})/gu;
// Scripts whose letters look alike (а/a, о/o, ο/o): one word may use only one of them.
const CONFUSABLE_SCRIPTS = [/\p{Script=Latin}/u, /\p{Script=Cyrillic}/u, /\p{Script=Greek}/u];

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'Email is too long')
  .pipe(z.email('Enter a valid email address'));

export const passwordSchema = z
  .string()
  .refine((p) => utf8Length(p) >= PASSWORD_MIN_BYTES, {
    message: `Password must be at least ${PASSWORD_MIN_BYTES} characters`,
  })
  .refine((p) => utf8Length(p) <= PASSWORD_MAX_BYTES, {
    message: `Password must be at most ${PASSWORD_MAX_BYTES} bytes`,
  });

export const displayNameSchema = z
  .string()
  .trim()
  .min(1, 'Display name is required')
  .max(100, 'Display name must be at most 100 characters')
  .refine((n) => !FORBIDDEN_NAME_CHARS.test(n), 'Display name contains a control character')
  .refine((n) => !hasInvisibleCharacter(n), 'Display name contains an invisible character')
  .refine((n) => !mixesScriptsInAWord(n), 'Display name mixes letters from different alphabets');

export const appNameSchema = z
  .string()
  .trim()
  .min(1, 'Name is required')
  .max(APP_NAME_MAX, `Name must be at most ${APP_NAME_MAX} characters`)
  .refine((n) => !FORBIDDEN_NAME_CHARS.test(n), 'Name contains a control character')
  .refine((n) => !hasInvisibleCharacter(n), 'Name contains an invisible character')
  .refine((n) => !mixesScriptsInAWord(n), 'Name mixes letters from different alphabets');

/** True for a zero-width or other invisible format character, except joiners inside emoji. */
export function hasInvisibleCharacter(value: string): boolean {
  return INVISIBLE_CHARS.test(value.replace(EMOJI_JOINER, '$1'));
}

/**
 * True when one word mixes Latin, Cyrillic and Greek letters, the homoglyph trick behind
 * "Gооgle" with Cyrillic о. A name wholly in one script, or words in different scripts, is fine.
 */
export function mixesScriptsInAWord(value: string): boolean {
  return value
    .split(/[^\p{L}\p{M}]+/u)
    .some((word) => CONFUSABLE_SCRIPTS.filter((script) => script.test(word)).length > 1);
}

export const redirectUriSchema = z
  .string()
  .trim()
  .min(1, 'Redirect URI is required')
  .max(REDIRECT_URI_MAX_LENGTH, 'Redirect URI is too long')
  .superRefine((value, ctx) => {
    const problem = redirectUriProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .transform(normalizeRedirectUri);

export const redirectUrisSchema = z
  .array(redirectUriSchema)
  .min(1, 'Add at least one redirect URI')
  .max(REDIRECT_URIS_MAX, `At most ${REDIRECT_URIS_MAX} redirect URIs`)
  .superRefine((uris, ctx) => {
    // The URIs are normalised by now, so HTTPS://A.EXAMPLE/cb repeats https://a.example/cb.
    const firstIndex = new Map<string, number>();
    uris.forEach((uri, index) => {
      const first = firstIndex.get(uri);
      if (first === undefined) firstIndex.set(uri, index);
      else {
        const message = `Duplicate of redirect URI ${first + 1}`;
        ctx.addIssue({ code: 'custom', message, path: [index] });
      }
    });
  });

// scheme ":" [ "//" authority ] rest, read from the string itself (RFC 3986 §3).
const URI_PARTS = /^([A-Za-z][A-Za-z0-9+.-]*):(\/\/[^/?#]*)?(.*)$/s;

/**
 * RFC 3986 §6.2.2.1: the scheme and host are case-insensitive, so they are lower-cased; the
 * path, query and port stay as written. Nothing else is rewritten (no percent-decoding, no
 * dot-segment removal), so a stored URI reads as the owner typed it, with its case fixed.
 */
export function normalizeRedirectUri(value: string): string {
  const parts = URI_PARTS.exec(value);
  if (!parts) return value;
  const [, scheme = '', authority, rest = ''] = parts;
  if (authority === undefined) return `${scheme.toLowerCase()}:${rest}`;
  // The host follows any userinfo ("user@") and precedes any ":port".
  const at = authority.lastIndexOf('@');
  const userinfo = at === -1 ? '//' : authority.slice(0, at + 1);
  const hostAndPort = authority.slice(at === -1 ? 2 : at + 1);
  return `${scheme.toLowerCase()}:${userinfo}${hostAndPort.toLowerCase()}${rest}`;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]', 'localhost']);
const FORBIDDEN_SCHEMES = new Set(['javascript:', 'data:', 'file:', 'vbscript:', 'blob:']);

export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname);
}

/**
 * Returns why a redirect URI is not acceptable, or null.
 * RFC 6749 §3.1.2: absolute, no fragment. RFC 8252 §7: loopback http and private-use schemes
 * (reverse domain names, §7.1) for native apps. Wildcards and userinfo are never allowed.
 */
export function redirectUriProblem(value: string): string | null {
  if (value.includes('*')) return 'Wildcards are not allowed in redirect URIs';
  if (value.includes('#')) return 'Redirect URIs must not contain a fragment';
  if (/\s/.test(value)) return 'Redirect URIs must not contain spaces';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'Enter an absolute URI, such as https://example.com/callback';
  }
  if (FORBIDDEN_SCHEMES.has(url.protocol)) return `The ${url.protocol} scheme is not allowed`;
  if (url.username !== '' || url.password !== '')
    return 'Redirect URIs must not contain a user or password';
  if (url.protocol === 'https:') return url.hostname === '' ? 'The URI needs a host' : null;
  if (url.protocol === 'http:') {
    return isLoopbackHost(url.hostname)
      ? null
      : 'http: is allowed only on loopback (127.0.0.1, [::1], localhost); use https:';
  }
  // Private-use scheme for native apps: RFC 8252 §7.1 asks for a reverse domain name.
  const scheme = url.protocol.slice(0, -1);
  if (!/^[a-z][a-z0-9+-]*(\.[a-z0-9+-]+)+$/.test(scheme)) {
    return 'Use https:, loopback http:, or a private-use scheme like com.example.app:/callback';
  }
  return null;
}

export const createAppSchema = z.object({
  name: appNameSchema,
  redirectUris: redirectUrisSchema,
  requireSecret: z.boolean(),
});

export const updateAppSchema = z.object({
  name: appNameSchema.optional(),
  redirectUris: redirectUrisSchema.optional(),
});

export const signUpSchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  displayName: displayNameSchema,
});

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, 'Enter your password'),
});

export function utf8Length(value: string): number {
  return new TextEncoder().encode(value).length;
}

export type FieldErrors = Record<string, string>;

/** Flattens a zod error to `{ field: firstMessage }`, with array indexes as `field.0`. */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    out[key] ??= issue.message;
  }
  return out;
}
