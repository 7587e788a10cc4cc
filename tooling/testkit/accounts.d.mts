import type { GraphQLSession } from './session.mjs';

export const PASSWORD: string;

/** An email no other test uses, even across processes. */
export function uniqueEmail(label?: string): string;

export type SignedUpUser = { id: string; email: string; displayName: string; password: string };

/** Signs a new user up with `session` (which is then signed in as them); returns the user. */
export function signUp(
  session: GraphQLSession,
  account?: { displayName?: string; email?: string; password?: string },
): Promise<SignedUpUser>;
