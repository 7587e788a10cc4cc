import type { TestClient } from '../helpers/client.js';
import type { TestServer } from '../helpers/server.js';
import { graphql } from '../gql/index.js';

/** POST /oauth/credentials/revoke as anyone on the internet would: no authentication. */
export async function reportCredentials(
  server: Pick<TestServer, 'url'>,
  body: unknown,
): Promise<{ status: number; text: string; headers: Headers }> {
  const response = await fetch(new URL('/oauth/credentials/revoke', server.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, text: await response.text(), headers: response.headers };
}

const APP_PAGE = graphql(`
  query SupportOwnedOAuthApp($id: String!) {
    ownedOAuthApp(clientId: $id) {
      secretLeakedAt
      secretLeakUrl
      rotateSecretOnLeak
      suspendedAt
      suspendedReason
    }
  }
`);

export type AppPage = {
  secretLeakedAt: string | null;
  secretLeakUrl: string | null;
  rotateSecretOnLeak: boolean;
  suspendedAt: string | null;
  suspendedReason: string | null;
};

/** What the owner's app page reads about leaks and suspension. */
export async function appPage(owner: TestClient, clientId: string): Promise<AppPage> {
  const result = await owner.gql(APP_PAGE, { id: clientId });
  if (!result.data) throw new Error(`ownedOAuthApp failed: ${JSON.stringify(result.errors)}`);
  return result.data.ownedOAuthApp;
}

const AUTHORIZED = graphql(`
  query SupportAuthorizedOAuthApps {
    authorizedOAuthApps {
      clientId
      tokenLeakedAt
      suspended
    }
  }
`);

/** The user's authorized-apps entry of one app. */
export async function authorizedEntry(user: TestClient, clientId: string) {
  const result = await user.gql(AUTHORIZED);
  return result.data?.authorizedOAuthApps.find((entry) => entry.clientId === clientId);
}
