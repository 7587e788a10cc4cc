import { InvalidRequest } from '../errors.js';

/** As GitHub's credential revocation API: up to 1,000 strings a request. */
export const MAX_CREDENTIALS = 1000;
/** Longer than any Bnder credential by far; anything longer cannot be one. */
const MAX_CREDENTIAL_LENGTH = 512;

/** `{ "credentials": ["bnd_…", …] }`, checked strictly: one wrong item refuses the request. */
export function readRevokeRequest(body: unknown): string[] {
  const credentials = (body as { credentials?: unknown } | null)?.credentials;
  if (!Array.isArray(credentials) || credentials.length === 0)
    throw new InvalidRequest('The body must be {"credentials": [...]} with at least one string');
  if (credentials.length > MAX_CREDENTIALS)
    throw new InvalidRequest(`At most ${MAX_CREDENTIALS} credentials a request`);
  if (!credentials.every(isCredential))
    throw new InvalidRequest(
      `Each credential must be a non-empty string of at most ${MAX_CREDENTIAL_LENGTH} characters`,
    );
  return credentials;
}

function isCredential(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_CREDENTIAL_LENGTH;
}
