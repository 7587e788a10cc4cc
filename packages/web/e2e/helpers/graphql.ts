import type { Page } from 'playwright-core';

/** A GraphQL call from the page, with its session cookie, as the SPA makes it. */
export async function gql<T>(
  page: Page,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const body = await page.evaluate(
    async ({ query, variables }) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data?: unknown; errors?: unknown };
    },
    { query, variables },
  );
  if (!body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data as T;
}

const CREATE = `mutation($input: CreateOAuthAppInput!) {
  createOAuthApp(input: $input) { app { clientId } clientSecret } }`;

export async function createAppOverGraphQL(
  page: Page,
  input: { name: string; redirectUris: string[]; requireSecret: boolean },
): Promise<{ clientId: string; clientSecret: string | null }> {
  const { createOAuthApp } = await gql<{
    createOAuthApp: { app: { clientId: string }; clientSecret: string | null };
  }>(page, CREATE, { input });
  return { clientId: createOAuthApp.app.clientId, clientSecret: createOAuthApp.clientSecret };
}

/** The authorize link of a public app, with PKCE S256 (the challenge of a fixed verifier). */
export function authorizeLink(clientId: string, redirectUri: string, scope: string): string {
  return `/oauth/authorize?${new URLSearchParams({
    response_type: 'code',
    client_id: clientId,
    redirect_uri: redirectUri,
    scope,
    state: 'e2e',
    // RFC 7636 appendix B: the challenge of dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk.
    code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    code_challenge_method: 'S256',
  }).toString()}`;
}

const APPROVE = `mutation($id: ID!) { approveAuthorization(requestId: $id) { redirectTo } }`;

/**
 * Opens the consent page of a fresh authorization request and returns its request id. The scopes
 * go past what authorizeApp grants, so consent is always asked.
 */
export async function openConsent(
  page: Page,
  clientId: string,
  redirectUri: string,
  scope = 'read write',
) {
  await page.goto(authorizeLink(clientId, redirectUri, scope));
  await page.waitForURL('**/oauth/consent?request_id=*');
  return new URL(page.url()).searchParams.get('request_id') ?? '';
}

/** Authorizes the app for the signed-in user without following the redirect to the client. */
export async function authorizeApp(page: Page, clientId: string, redirectUri: string) {
  const requestId = await openConsent(page, clientId, redirectUri, 'read');
  await gql(page, APPROVE, { id: requestId });
}
