// App creation as the SPA does it: the createOAuthApp mutation with the owner's session.
import { CREATE_APP } from './operations.mjs';

export const DEFAULT_REDIRECT_URI = 'https://client.example.test/callback';

/**
 * Creates an app owned by the session's signed-in user; the secret is shown once, here.
 * @param {import('./session.mjs').GraphQLSession} session
 * @param {{ requireSecret: boolean; redirectUris?: string[]; name?: string }} options
 */
export async function createApp(session, options) {
  const input = {
    name: options.name ?? 'Test integration',
    redirectUris: options.redirectUris ?? [DEFAULT_REDIRECT_URI],
    requireSecret: options.requireSecret,
  };
  const result = await session.gql(CREATE_APP, { input });
  if (!result.data) throw new Error(`createOAuthApp failed: ${JSON.stringify(result.errors)}`);
  const { app, clientSecret } = result.data.createOAuthApp;
  return { ...app, clientSecret: clientSecret ?? null };
}
