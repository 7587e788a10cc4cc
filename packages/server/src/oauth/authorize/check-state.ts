import { InvalidRequest } from '../errors.js';
import type { OAuthParams } from '../form.js';

const STATE_MAX = 1000;

/** RFC 6749 §4.1.1: `state` is opaque and echoed back; it is kept with the request, so bounded. */
export function checkState(params: OAuthParams): string | null {
  const state = params.state ?? null;
  if (state !== null && state.length > STATE_MAX)
    throw new InvalidRequest(`state must be at most ${STATE_MAX} characters`);
  return state;
}
