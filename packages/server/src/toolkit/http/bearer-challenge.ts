import { safeErrorDescription } from '../../errors/error-description.js';

/**
 * RFC 6750 §3: the `WWW-Authenticate` challenge of a protected resource. Without an error (the
 * request carried no credentials, §3.1) it names the scheme and realm only; parameter values
 * are quoted strings, so each is kept to the §3 character set.
 */
export function bearerChallenge(
  params: { error?: string; error_description?: string; scope?: string } = {},
): string {
  const pairs = Object.entries(params).filter(
    (pair): pair is [string, string] => pair[1] !== undefined,
  );
  if (pairs.length === 0) return 'Bearer realm="bnder"';
  return `Bearer ${quoted(pairs)}`;
}

/** RFC 9449 §7.1: the DPoP scheme's challenge, with the algorithms a proof may use. */
export function dpopChallenge(
  params: { error: string; error_description: string },
  algs: readonly string[],
): string {
  return `DPoP ${quoted([...Object.entries(params), ['algs', algs.join(' ')]])}`;
}

const quoted = (pairs: [string, string][]) =>
  pairs.map(([name, value]) => `${name}="${safeErrorDescription(value)}"`).join(', ');
