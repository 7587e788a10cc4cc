import { InvalidRequest } from '../errors.js';

/** RFC 6749 §3.1: request parameters must not be included more than once. */
export function rejectRepeated(repeated: readonly string[]): void {
  if (repeated.length > 0)
    throw new InvalidRequest(`Parameters sent more than once: ${repeated.join(', ')}`);
}
