// Sign-up as the SPA does it: one GraphQL mutation, which also signs the session in.
import { randomBytes } from 'node:crypto';
import { SIGN_UP } from './operations.mjs';

/** The password every kit account gets unless a test picks another (long enough, not guessable). */
export const PASSWORD = 'correct horse battery';

let counter = 0;

/**
 * An email no other test uses, even across processes.
 * @param {string} [label]
 */
export function uniqueEmail(label = 'user') {
  counter += 1;
  return `${label}.${Date.now()}.${counter}.${randomBytes(3).toString('hex')}@example.test`;
}

/**
 * Signs a new user up with `session` (which is then signed in as them); returns the user.
 * @param {import('./session.mjs').GraphQLSession} session
 * @param {{ displayName?: string; email?: string; password?: string }} [account]
 */
export async function signUp(session, account = {}) {
  const input = {
    email: account.email ?? uniqueEmail(),
    password: account.password ?? PASSWORD,
    displayName: account.displayName ?? 'Test User',
  };
  const result = await session.gql(SIGN_UP, { input });
  if (!result.data) throw new Error(`sign-up failed: ${JSON.stringify(result.errors)}`);
  return { ...result.data.signUp, password: input.password };
}
