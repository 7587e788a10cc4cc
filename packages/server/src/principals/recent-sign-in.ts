import type { Config } from '../config/load-config.js';
import { DomainError } from '../errors/domain-error.js';
import type { Principal } from '../toolkit/principal.js';

export const SUDO_REQUIRED_MESSAGE = 'Confirm your password to continue';

/**
 * Sudo mode: revealing, rotating or dropping a client secret, deleting an app, and any change
 * that widens where its codes and tokens can go (a new redirect URI, the device flow turned on)
 * need, with the cookie session, a password proven within `config.sudoTtl` seconds (sign-in or
 * confirmPassword), so a session left open on a shared machine cannot take an app's credentials
 * or its users' codes. A bearer token is governed by its scopes alone.
 */
export function hasRecentSignIn(
  principal: Principal,
  config: Pick<Config, 'sudoTtl'>,
  now: number = Date.now(),
): boolean {
  if (principal.kind !== 'session') return true;
  return now - principal.authenticatedAt.getTime() <= config.sudoTtl * 1000;
}

export function requireRecentSignIn(
  principal: Principal,
  config: Pick<Config, 'sudoTtl'>,
  now: number = Date.now(),
): void {
  if (!hasRecentSignIn(principal, config, now)) throw sudoRequired();
}

/** The error a client answers by asking for the password and retrying (GraphQL and REST). */
export function sudoRequired(): DomainError {
  return new DomainError('FORBIDDEN', SUDO_REQUIRED_MESSAGE, undefined, undefined, 'SUDO_REQUIRED');
}
