import { SCOPE_DESCRIPTIONS, parseRequestedScope, type Scope } from '@bnder/shared';
import type { DataSource } from 'typeorm';
import type { AppStore } from '../../apps/app.store.js';
import { notFound } from '../../errors/domain-error.js';
import type { AuthorizationRequestEntity } from '../../grants/authorization-request.entity.js';
import type { AuthorizationRequestStore } from '../../grants/authorization-request.store.js';
import type { AuthorizationsStore } from '../../grants/authorizations.store.js';
import { errorRedirect } from '../authorize/authorization-response.js';
import type { CodeRedirects } from '../authorize/code-redirect.js';
import { matchRedirectUri } from '../authorize/redirect-uri.js';
import { AccessDenied } from '../errors.js';
import type { AppIdentities, AppIdentity } from './app-identity.js';
import { inTransaction } from '../../db/transaction.js';

export type ConsentView = {
  id: string;
  clientId: string;
  appName: string;
  ownerName: string;
  scopes: { name: Scope; description: string }[];
  redirectHost: string;
  app: AppIdentity;
};

/**
 * The user's decision on a pending authorize request. Each request is single use and only its
 * own user can see or answer it; anything else is NOT_FOUND.
 */
export class ConsentService {
  constructor(
    private readonly db: DataSource,
    private readonly clients: AppStore,
    private readonly requests: AuthorizationRequestStore,
    private readonly authorizations: AuthorizationsStore,
    private readonly codeRedirects: CodeRedirects,
    private readonly issuer: () => string,
    private readonly identities: AppIdentities,
  ) {}

  async describe(requestId: string, userId: string): Promise<ConsentView> {
    const { pending, app } = await this.pending(requestId, userId);
    const identity = await this.identities.of(app);
    if (!identity) throw notFound('Authorization request');
    return {
      id: pending.id,
      clientId: app.clientId,
      appName: app.name,
      ownerName: identity.ownerName,
      scopes: scopesOf(pending).map((name) => ({ name, description: SCOPE_DESCRIPTIONS[name] })),
      redirectHost: redirectHostOf(pending.redirectUri),
      app: identity,
    };
  }

  /** Records the consent and issues the code in one transaction; the request is then gone. */
  async approve(requestId: string, userId: string): Promise<string> {
    const { pending } = await this.pending(requestId, userId);
    const location = await inTransaction(this.db, async (m) => {
      if (!(await this.requests.take(pending.id, userId, m))) return null;
      await this.authorizations.grant(userId, pending.appId, scopesOf(pending), m);
      return this.codeRedirects.issue(
        {
          appId: pending.appId,
          userId,
          redirectUri: pending.redirectUri,
          redirectUriSent: pending.redirectUriSent,
          scope: pending.scope,
          codeChallenge: pending.codeChallenge,
          nonce: pending.nonce,
          authTime: pending.authTime,
          dpopJkt: pending.dpopJkt,
          state: pending.state,
        },
        m,
      );
    });
    if (location === null) throw notFound('Authorization request');
    return location;
  }

  /** RFC 6749 §4.1.2.1: the user said no, so the client hears `access_denied`. */
  async deny(requestId: string, userId: string): Promise<string> {
    const { pending } = await this.pending(requestId, userId);
    const taken = await inTransaction(this.db, (m) => this.requests.take(pending.id, userId, m));
    if (!taken) throw notFound('Authorization request');
    const denied = new AccessDenied('The user denied the request');
    return errorRedirect(pending.redirectUri, denied, pending.state, this.issuer());
  }

  /**
   * The user's live request, with its app, whose redirect URI must still be registered: an
   * owner who removed it meanwhile must not have users sent there (RFC 6749 §3.1.2.3).
   */
  private async pending(requestId: string, userId: string) {
    const pending = await this.requests.findForUser(requestId, userId);
    const app = pending ? await this.clients.findById(pending.appId) : null;
    if (!pending || !app || matchRedirectUri(app.redirectUris, pending.redirectUri) === null)
      throw notFound('Authorization request');
    return { pending, app };
  }
}

function scopesOf(pending: AuthorizationRequestEntity): Scope[] {
  const parsed = parseRequestedScope(pending.scope);
  return parsed.kind === 'explicit' ? parsed.scopes : [];
}

/** What the user is told the browser will go to: the host, or the app's own scheme. */
function redirectHostOf(uri: string): string {
  const url = new URL(uri);
  return url.host !== '' ? url.host : url.protocol.slice(0, -1);
}
