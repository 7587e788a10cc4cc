import { parseRequestedScope, type Scope } from '@bnder/shared';
import { InvalidScope } from '../errors.js';
import type { OAuthParams } from '../form.js';

/** RFC 6749 §3.3: explicit scopes only; missing, empty or unknown values never default to access. */
export function checkScope(params: OAuthParams): Scope[] {
  const parsed = parseRequestedScope(params.scope);
  if (parsed.kind === 'invalid') throw new InvalidScope(parsed.reason);
  return parsed.scopes;
}
