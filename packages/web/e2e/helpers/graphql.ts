import type { Page } from 'playwright-core';
import {
  APPROVE_AUTHORIZATION,
  createApp,
  pkcePair,
  type GraphQLError,
  type GraphQLResult,
  type GraphQLSession,
  type TestApp,
  type TypedOperation,
} from '../../../../tooling/testkit/index.mjs';

/**
 * The page's session as the test kit's GraphQL session: each call is a fetch made by the page,
 * with its session cookie, as the SPA makes it.
 */
export function pageSession(page: Page): GraphQLSession {
  return {
    async gql<TResult, TVariables>(
      query: string | TypedOperation<TResult, TVariables>,
      variables?: TVariables,
    ): Promise<GraphQLResult<TResult>> {
      const answer = await page.evaluate(
        async ({ query, variables }) => {
          const response = await fetch('/graphql', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query, variables }),
          });
          const body = (await response.json()) as { data?: unknown; errors?: unknown };
          return { status: response.status, body };
        },
        { query: String(query), variables: variables ?? {} },
      );
      return {
        status: answer.status,
        data: (answer.body.data ?? null) as TResult | null,
        errors: answer.body.errors as GraphQLError[] | undefined,
        headers: new Headers(),
      };
    },
  };
}

/** A GraphQL call from the page, with its session cookie; its data, or an Error. */
export async function gql<TResult = Record<string, unknown>, TVariables = Record<string, unknown>>(
  page: Page,
  query: string | TypedOperation<TResult, TVariables>,
  variables?: TVariables,
): Promise<TResult> {
  const result = await pageSession(page).gql(query, variables);
  if (!result.data) throw new Error(`GraphQL failed: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/** Creates an app as the page's signed-in user, through the test kit (GraphQL, as the SPA does). */
export async function createAppOverGraphQL(
  page: Page,
  input: { name: string; redirectUris: string[]; requireSecret: boolean },
): Promise<TestApp> {
  return createApp(pageSession(page), input);
}

// RFC 7636 appendix B: its example verifier, whose challenge is E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM.
const EXAMPLE_PKCE = pkcePair('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk');

/** The authorize link of a public app, with PKCE S256 (the challenge of a fixed verifier). */
export function authorizeLink(clientId: string, redirectUri: string, scope: string): string {
  return `/oauth/authorize?${new URLSearchParams({
    response_type: 'code',
    client_id: clientId,
    redirect_uri: redirectUri,
    scope,
    state: 'e2e',
    code_challenge: EXAMPLE_PKCE.challenge,
    code_challenge_method: 'S256',
  }).toString()}`;
}

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
  await gql(page, APPROVE_AUTHORIZATION, { id: requestId });
}
