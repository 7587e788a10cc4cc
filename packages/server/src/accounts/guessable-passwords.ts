import { checkPasswordStrength, passwordRefusal } from '@bnder/shared/password-strength';
import { badInput } from '../errors/domain-error.js';

/**
 * Every password the product sets must be hard to guess (NIST SP 800-63B §3.1.1.2): the shared
 * estimator refuses common ones and ones built from the user's own email or name, with its
 * warning and suggestions as the message, on the password field.
 */
export function refuseGuessablePassword(password: string, userInputs: readonly string[]): void {
  const strength = checkPasswordStrength(password, userInputs);
  if (!strength.acceptable) throw badInput(passwordRefusal(strength), 'password');
}
