import type { GraphQLSession } from './session.mjs';

export const DEFAULT_REDIRECT_URI: string;

/** An app created for a test, with the secret shown once at creation (null for public apps). */
export type TestApp = {
  clientId: string;
  clientSecret: string | null;
  redirectUris: string[];
  requireSecret: boolean;
};

/** Creates an app owned by the session's signed-in user; the secret is shown once, here. */
export function createApp(
  session: GraphQLSession,
  options: { requireSecret: boolean; redirectUris?: string[]; name?: string },
): Promise<TestApp>;
