import { useEffect, useState } from 'react';
import { PASSWORD_MIN_BYTES } from '@bnder/shared';
import type { PasswordStrength } from '@bnder/shared/password-strength';

type Estimator = typeof import('@bnder/shared/password-strength');

// The estimator and its dictionaries are a chunk of their own, fetched the first time someone
// types a password, so no other page (nor the first load) carries them.
let estimator: Promise<Estimator> | null = null;
const loadEstimator = () => (estimator ??= import('@bnder/shared/password-strength'));

/** Waits for a pause in typing, so a long password is not estimated at every key. */
const PAUSE_MS = 150;

/**
 * The server's rule, estimated live as the user types: null until the password is long enough
 * to be judged (the length rule speaks before that) and while the estimator loads.
 */
export function usePasswordStrength(
  password: string,
  userInputs: readonly string[],
): PasswordStrength | null {
  // Each estimate remembers what it judged, so a stale one is never shown.
  const [estimate, setEstimate] = useState<{ of: string; strength: PasswordStrength } | null>(null);
  const inputsKey = userInputs.join('\n');
  const judged = new TextEncoder().encode(password).length >= PASSWORD_MIN_BYTES;
  const key = `${password}\n${inputsKey}`;

  useEffect(() => {
    if (!judged) return;
    let current = true;
    const timer = window.setTimeout(() => {
      void loadEstimator().then(({ checkPasswordStrength }) => {
        const strength = checkPasswordStrength(password, inputsKey.split('\n'));
        if (current) setEstimate({ of: key, strength });
      });
    }, PAUSE_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [judged, password, inputsKey, key]);

  return judged && estimate?.of === key ? estimate.strength : null;
}
