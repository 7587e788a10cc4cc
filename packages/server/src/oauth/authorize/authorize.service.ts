import { coversScopes, formatScopes } from '@bnder/shared';
import type { SessionsService, SignedInSession } from '../../accounts/sessions.service.js';
import type { AppStore } from '../../apps/app.store.js';
import type { Config } from '../../config/load-config.js';
import { DomainError } from '../../errors/domain-error.js';
import type { AuthorizationRequestStore } from '../../grants/authorization-request.store.js';
import type { AuthorizationsStore } from '../../grants/authorizations.store.js';
import type { PushedRequestStore } from '../../grants/pushed-request.store.js';
import type { RateLimiter } from '../../rate-limits/rate-limiter.js';
import { ConsentRequired, OAuthError } from '../errors.js';
import { readQuery } from '../form.js';
import type { SigningKeys } from '../oidc/signing-keys.js';
import { errorRedirect } from './authorization-response.js';
import { checkClient, type TrustedClient } from './check-client.js';
import type { CodeRedirects } from './code-redirect.js';
import { AuthorizePageError } from './page-error.js';
import {
  checkPushedBy,
  readAuthorizeParams,
  spendPushedRequest,
  type AuthorizeParams,
} from './pushed-request.js';
import { checkSignIn } from './sign-in-requirements.js';
import { signInLocation } from './sign-in-redirect.js';
import {
  validateAuthorizeRequest,
  type ValidAuthorizeRequest,
} from './validate-authorize-request.js';

export type AuthorizeInput = {
  rawQuery: string;
  pathAndQuery: string;
  /** The client's address, which counts signed-out requests. */
  ip: string;
  sessionCookie?: string;
};

export type AuthorizeOutcome =
  | { kind: 'redirect'; location: string }
  | { kind: 'page'; status: 400 | 429; title: string; message: string; retryAfter?: number };

export type AuthorizeDeps = {
  config: Config;
  sessions: SessionsService;
  limiter: RateLimiter;
  clients: AppStore;
  authorizations: AuthorizationsStore;
  requests: AuthorizationRequestStore;
  pushedRequests: PushedRequestStore;
  codeRedirects: CodeRedirects;
  signingKeys: SigningKeys;
};

/**
 * GET /oauth/authorize (RFC 6749 §4.1.1). Only the session cookie signs the user in here: a
 * bearer token is never read, so an OAuth token cannot authorize anything.
 */
export class AuthorizeEndpoint {
  constructor(private readonly deps: AuthorizeDeps) {}

  async handle(input: AuthorizeInput): Promise<AuthorizeOutcome> {
    const signedIn = input.sessionCookie
      ? await this.deps.sessions.find(input.sessionCookie)
      : null;
    const limited = await this.rateLimit(signedIn, input.ip);
    if (limited) return limited;
    const link = readQuery(input.rawQuery);
    let request: AuthorizeParams;
    let client: TrustedClient;
    try {
      request = await readAuthorizeParams(this.deps.pushedRequests, link, input.pathAndQuery);
      client = await checkClient(this.deps.clients, request.params, request.repeated);
      checkPushedBy(request, client.app.id);
    } catch (error) {
      return errorPage(error);
    }
    const { params } = request;
    const redirectError = (error: OAuthError): AuthorizeOutcome => {
      const state = params.state !== undefined && params.state.length <= 1000 ? params.state : null;
      const location = errorRedirect(client.redirectUri, error, state, this.deps.config.publicUrl);
      return { kind: 'redirect', location };
    };
    let valid: ValidAuthorizeRequest;
    try {
      valid = await validateAuthorizeRequest(
        this.deps.clients,
        client,
        params,
        request.repeated,
        // A secret in the link itself leaked, whatever request the link names.
        link.valuesOf('client_secret'),
        request.pushed !== null,
      );
    } catch (error) {
      if (!(error instanceof OAuthError)) throw error;
      return redirectError(error);
    }
    const verdict = await checkSignIn(
      signedIn,
      valid.openId,
      {
        clientId: client.app.clientId,
        keys: this.deps.signingKeys,
        issuer: this.deps.config.publicUrl,
      },
      request.pushed?.pushedAt ?? null,
    );
    if (verdict.kind === 'error') return redirectError(verdict.error);
    if (verdict.kind === 'sign-in') {
      // prompt=login and an exceeded max_age ask for the password again, but the session is
      // not ended here: any site can send the browser this link, which must not sign the user
      // out (a logout CSRF). The sign-in that follows replaces the session with a new one.
      const location = signInLocation(request.returnTo, valid.openId, verdict.anew);
      return { kind: 'redirect', location };
    }
    try {
      await spendPushedRequest(this.deps.pushedRequests, request, client.app.id);
    } catch (error) {
      return errorPage(error);
    }
    const { user, session } = verdict.session;
    const consent = await this.afterSignIn(user.id, session.authenticatedAt, client, valid);
    return consent instanceof OAuthError ? redirectError(consent) : consent;
  }

  /**
   * Consent is skipped when the user already granted these scopes explicitly (§4.1.1
   * prompt-free), unless the client asks for it (OpenID Connect Core §3.1.2.1 prompt=consent).
   */
  private async afterSignIn(
    userId: string,
    authTime: Date,
    client: TrustedClient,
    valid: ValidAuthorizeRequest,
  ): Promise<AuthorizeOutcome | OAuthError> {
    const pending = {
      userId,
      appId: client.app.id,
      redirectUri: client.redirectUri,
      redirectUriSent: client.redirectUriSent,
      scope: formatScopes(valid.scopes),
      state: valid.state,
      codeChallenge: valid.codeChallenge,
      nonce: valid.openId.nonce,
      authTime,
      dpopJkt: valid.dpopJkt,
    };
    const { prompts } = valid.openId;
    const granted = await this.deps.authorizations.explicitScopes(userId, client.app.id);
    const covered = granted.length > 0 && coversScopes(granted, valid.scopes);
    if (covered && !prompts.includes('consent')) {
      return { kind: 'redirect', location: await this.deps.codeRedirects.issue(pending) };
    }
    // Core §3.1.2.6: prompt=none and the consent page would have to be shown.
    if (prompts.includes('none'))
      return new ConsentRequired('The user has not granted these scopes to this app');
    const requestId = await this.deps.requests.create(pending);
    return {
      kind: 'redirect',
      location: `/oauth/consent?request_id=${encodeURIComponent(requestId)}`,
    };
  }

  /**
   * A signed-in user is counted by session; anyone else by address, so links sent without a
   * session (which anyone can send, any number of times) cannot flood the server either.
   */
  private async rateLimit(
    signedIn: SignedInSession | null,
    ip: string,
  ): Promise<AuthorizeOutcome | null> {
    const { authorizeRequests, signedOutAuthorizeRequestsPerIp } = this.deps.config.rateLimits;
    try {
      if (signedIn)
        await this.deps.limiter.hit(`authorize:${signedIn.session.idHash}`, authorizeRequests);
      else await this.deps.limiter.hit(`authorize-ip:${ip}`, signedOutAuthorizeRequestsPerIp);
      return null;
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== 'TOO_MANY_REQUESTS') throw error;
      return {
        kind: 'page',
        status: 429,
        title: 'Too many requests',
        message: signedIn
          ? 'Too many authorization requests from this session; try again later.'
          : 'Too many authorization requests from this address; try again later.',
        retryAfter: error.retryAfterSeconds ?? 60,
      };
    }
  }
}

/** RFC 6749 §4.1.2.1: a problem found before the redirect URI can be trusted. */
function errorPage(error: unknown): AuthorizeOutcome {
  if (!(error instanceof AuthorizePageError)) throw error;
  return { kind: 'page', status: 400, title: error.title, message: error.message };
}
