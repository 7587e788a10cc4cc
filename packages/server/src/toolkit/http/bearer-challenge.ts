import { safeErrorDescription } from '../../errors/error-description.js';

export type ChallengeParams = {
  error?: string;
  error_description?: string;
  scope?: string;
  /** RFC 9728 §5.1: where the client finds the metadata of the resource that refused it. */
  resource_metadata?: string | undefined;
};

/**
 * RFC 6750 §3: the `WWW-Authenticate` challenge of a protected resource. Without an error (the
 * request carried no credentials, §3.1) it names the scheme and realm; parameter values
 * are quoted strings, so each is kept to the §3 character set.
 */
export function bearerChallenge(params: ChallengeParams = {}): string {
  const { resource_metadata, ...rest } = params;
  const pairs = Object.entries(rest).filter(
    (pair): pair is [string, string] => pair[1] !== undefined,
  );
  if (pairs.length === 0) pairs.push(['realm', 'bnder']);
  if (resource_metadata !== undefined) pairs.push(['resource_metadata', resource_metadata]);
  return `Bearer ${quoted(pairs)}`;
}

/** RFC 9449 §7.1: the DPoP scheme's challenge, with the algorithms a proof may use. */
export function dpopChallenge(
  params: { error: string; error_description: string; resource_metadata?: string | undefined },
  algs: readonly string[],
): string {
  const { resource_metadata, ...rest } = params;
  const pairs: [string, string][] = [...Object.entries(rest), ['algs', algs.join(' ')]];
  // RFC 9728 §5.1 applies to any scheme's challenge.
  if (resource_metadata !== undefined) pairs.push(['resource_metadata', resource_metadata]);
  return `DPoP ${quoted(pairs)}`;
}

const quoted = (pairs: [string, string][]) =>
  pairs.map(([name, value]) => `${name}="${safeErrorDescription(value)}"`).join(', ');
