import type { TestApp } from './apps.mjs';
import type { BrowsingSession } from './session.mjs';

export type TokenResponse = {
  access_token: string;
  token_type: string;
  expires_in: number;
  refresh_token: string;
  scope: string;
};

export type AuthorizeResult = {
  /** The final redirect back to the client (after consent, or directly when it was skipped). */
  location: URL;
  code: string | null;
  state: string | null;
  iss: string | null;
  error: string | null;
};

export type PendingCode = { code: string; verifier: string; redirectUri: string };

/** GET /oauth/authorize with the session, approving consent when asked (RFC 6749 §4.1.1–4.1.2). */
export function authorize(
  session: BrowsingSession,
  params: Record<string, string>,
): Promise<AuthorizeResult>;

/** Basic for confidential apps, client_id in the body for public ones (RFC 6749 §2.3.1). */
export function clientAuthFor(app: TestApp): { headers: Record<string, string>; body: string };

/** POSTs a form to an OAuth endpoint, authenticated as the app. */
export function postAsApp(
  baseUrl: string,
  app: TestApp,
  path: string,
  params: Record<string, string>,
): Promise<Response>;

/** Authorizes up to a code (PKCE S256 unless `pkce: false`), consenting if asked. */
export function pendingCode(
  session: BrowsingSession,
  app: TestApp,
  options?: { scope?: string; pkce?: boolean },
): Promise<PendingCode>;

/** Exchanges a code at the token endpoint; throws unless 200. */
export function exchangeCode(
  baseUrl: string,
  app: TestApp,
  pending: PendingCode,
): Promise<TokenResponse>;

/** Authorize with PKCE, consent, exchange: the whole code flow over HTTP. */
export function obtainTokens(
  session: BrowsingSession,
  app: TestApp,
  scope: string,
): Promise<TokenResponse>;
