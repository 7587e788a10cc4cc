import { apiErrors, errorMessage } from '../../lib/graphql-errors';

/** The user closed the password prompt: the action did not happen and nothing is to be shown. */
export class SudoCancelled extends Error {
  constructor() {
    super('Password confirmation was cancelled');
    this.name = 'SudoCancelled';
  }
}

/** The server refused the action until the password is confirmed again (sudo mode). */
export function isSudoRequired(error: unknown): boolean {
  if (error instanceof SudoCancelled) return false;
  return apiErrors(error).some((e) => e.code === 'FORBIDDEN' && e.reason === 'SUDO_REQUIRED');
}

export function isSudoCancelled(error: unknown): error is SudoCancelled {
  return error instanceof SudoCancelled;
}

/** The message to show for a failed action, or null when the user cancelled the password prompt. */
export function messageUnlessCancelled(error: unknown): string | null {
  return isSudoCancelled(error) ? null : errorMessage(error);
}
