import type { Config } from '../config/load-config.js';
import { DomainError } from '../errors/domain-error.js';
import type { Principal } from '../toolkit/principal.js';

export const SUDO_REQUIRED_MESSAGE = 'Confirm your password to continue';

/**
 * Sudo mode: revealing, rotating or dropping a client secret and deleting an app need, with the
 * cookie session, a password proven within `config.sudoTtl` seconds (sign-in or confirmPassword),
 * so a session left open on a shared machine cannot take an app's credentials. A bearer token is
 * governed by its scopes alone.
 */
export function requireRecentSignIn(
  principal: Principal,
  config: Pick<Config, 'sudoTtl'>,
  now: number = Date.now(),
): void {
  if (principal.kind !== 'session') return;
  if (now - principal.authenticatedAt.getTime() <= config.sudoTtl * 1000) return;
  throw new DomainError('FORBIDDEN', SUDO_REQUIRED_MESSAGE, undefined, undefined, 'SUDO_REQUIRED');
}
