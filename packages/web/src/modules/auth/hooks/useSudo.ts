import { useCallback, useContext } from 'react';
import { isSudoRequired } from '../sudo';
import { SudoContext } from '../sudo-context';

/**
 * Wraps an action the server may refuse until the password is confirmed again (revealing,
 * rotating or turning off a client secret, deleting an app, adding a redirect URI, turning the
 * device flow on). On that refusal it asks for the
 * password, then runs the action again, so the user carries on where they were. On Cancel it
 * rejects with SudoCancelled.
 */
export function useSudo() {
  const confirmPassword = useContext(SudoContext);
  if (!confirmPassword) throw new Error('useSudo needs a <SudoProvider> above it');

  return useCallback(
    async function withSudo<T>(action: () => Promise<T>): Promise<T> {
      // Each retry follows a confirmed password, so this loops only while the user confirms.
      for (;;) {
        try {
          return await action();
        } catch (error) {
          if (!isSudoRequired(error)) throw error;
          await confirmPassword();
        }
      }
    },
    [confirmPassword],
  );
}
