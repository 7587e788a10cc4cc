import { sha256Hex } from '../../crypto/tokens.js';
import { InvalidRequest } from '../errors.js';
import { MAX_CREDENTIALS } from './revoke-request.js';

/** One match of the secret-scanning partner format: what was found, of which type, where. */
export type ScanMatch = { token: string; type: string; url: string | null; source: string };

export type ScanVerdict = {
  token_hash: string;
  token_type: string;
  label: 'true_positive' | 'false_positive';
};

const URL_MAX = 2000;

/** The report body, already proven signed: a JSON array of `{ token, type, url, source }`. */
export function readScanReport(raw: Buffer): ScanMatch[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.toString('utf8'));
  } catch {
    throw new InvalidRequest('The report must be a JSON array');
  }
  if (!Array.isArray(parsed) || parsed.length > MAX_CREDENTIALS)
    throw new InvalidRequest(
      `The report must be a JSON array of at most ${MAX_CREDENTIALS} matches`,
    );
  return parsed.map((item: unknown) => {
    const match = item as Record<string, unknown> | null;
    if (typeof match?.token !== 'string' || match.token === '' || typeof match.type !== 'string')
      throw new InvalidRequest('Each match needs a token and a type');
    return {
      token: match.token,
      type: match.type,
      url: publicUrl(match.url),
      source: typeof match.source === 'string' ? match.source : '',
    };
  });
}

/** Only an http(s) URL is kept, to show the owner where the secret was found. */
function publicUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > URL_MAX) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : null;
  } catch {
    return null;
  }
}

/** The partner format's answer: the token only as its lowercase hex SHA-256. */
export function verdictOf(match: ScanMatch, live: boolean): ScanVerdict {
  return {
    token_hash: sha256Hex(match.token),
    token_type: match.type,
    label: live ? 'true_positive' : 'false_positive',
  };
}
