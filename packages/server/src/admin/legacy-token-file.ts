/** One line of a legacy token export, checked for shape (the database checks come later). */
export type LegacyTokenRecord = {
  line: number;
  token: string;
  clientId: string;
  userEmail: string;
  scope: string;
  expiresAt: Date;
};

export type LineProblem = { line: number; message: string };

const FIELDS = ['token', 'client_id', 'user_email', 'scope', 'expires_at'] as const;
// RFC 6750 §2.1: only b64token characters can be presented in an Authorization header.
const B64TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/;
const ISO_8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const SCOPE_MAX = 255;

/**
 * Parses a JSON-lines export. Blank lines are skipped; line numbers are 1-based. Messages
 * never quote a token, since the file holds live credentials.
 */
export function parseLegacyTokenFile(text: string): {
  records: LegacyTokenRecord[];
  problems: LineProblem[];
} {
  const records: LegacyTokenRecord[] = [];
  const problems: LineProblem[] = [];
  const firstLineOfToken = new Map<string, number>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    const parsed = parseLine(raw);
    if (typeof parsed === 'string') {
      problems.push({ line, message: parsed });
      return;
    }
    const seen = firstLineOfToken.get(parsed.token);
    if (seen !== undefined) {
      problems.push({ line, message: `the same token as line ${seen}` });
      return;
    }
    firstLineOfToken.set(parsed.token, line);
    records.push({ line, ...parsed });
  });
  return { records, problems };
}

function parseLine(raw: string): Omit<LegacyTokenRecord, 'line'> | string {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return 'not valid JSON';
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return 'not a JSON object';
  }
  const object = value as Record<string, unknown>;
  const notStrings = FIELDS.filter((field) => typeof object[field] !== 'string');
  if (notStrings.length > 0) return `${notStrings.join(', ')} must be a string`;
  const { token, client_id, user_email, scope, expires_at } = object as Record<
    (typeof FIELDS)[number],
    string
  >;
  const errors: string[] = [];
  if (token === '') errors.push('token is empty');
  else if (!B64TOKEN.test(token)) errors.push('token has characters a bearer token cannot carry');
  if (client_id.trim() === '') errors.push('client_id is empty');
  if (user_email.trim() === '') errors.push('user_email is empty');
  if (scope.length > SCOPE_MAX) errors.push(`scope is longer than ${SCOPE_MAX} characters`);
  const expiresAt = new Date(expires_at);
  if (!ISO_8601.test(expires_at) || Number.isNaN(expiresAt.getTime())) {
    errors.push('expires_at is not an ISO-8601 date-time');
  }
  if (errors.length > 0) return errors.join('; ');
  return {
    token,
    clientId: client_id.trim(),
    userEmail: user_email.trim().toLowerCase(),
    scope,
    expiresAt,
  };
}
