// The worker's OAuth actions: authorize with consent and exchange the code, refresh, replay,
// introspect, revoke (as the client and as the user), list authorized apps, probe dead tokens.
import { createHash, randomBytes } from 'node:crypto';
import { APPROVE_AUTHORIZATION } from '../../../tooling/testkit/index.mjs';
import {
  REDIRECT_URI,
  FULL_SCOPE,
  pick,
  chance,
  base64url,
  snippet,
  tokenCheck,
  oauthError,
} from './plumbing.mjs';

export const REVOKE_APP = `mutation($clientId: String!) { revokeAuthorizedOAuthApp(clientId: $clientId) }`;
export const AUTHORIZED_APPS = `{ authorizedOAuthApps { clientId scopes } }`;

export const oauthActions = {
  /** Authorize link → consent (when not yet granted) → approve → code exchange. */
  async flow() {
    this.budgets.authorize.take();
    const state = randomBytes(8).toString('hex');
    const verifier = base64url(randomBytes(32));
    const query = new URLSearchParams({
      response_type: 'code',
      client_id: this.app.clientId,
      redirect_uri: REDIRECT_URI,
      scope: FULL_SCOPE,
      state,
    });
    if (this.isPublic || chance(0.5)) {
      query.set('code_challenge', base64url(createHash('sha256').update(verifier).digest()));
      query.set('code_challenge_method', 'S256');
    }
    const pkce = query.has('code_challenge');
    const expected = this.authorized;
    let code = null;
    let consent = null;
    const authorize = await this.call(
      'authorize',
      'GET',
      `/oauth/authorize?${query}`,
      { cookie: true },
      {
        status: [302],
        check: (_body, response) => {
          const location = new URL(response.headers.get('location') ?? '', this.baseUrl);
          if (location.pathname === '/oauth/consent' && expected !== true) {
            consent = location.searchParams.get('request_id');
            return consent ? null : 'consent redirect without request_id';
          }
          if (`${location.origin}${location.pathname}` === REDIRECT_URI && expected !== false) {
            code = location.searchParams.get('code');
            if (location.searchParams.get('state') !== state) return 'state not returned';
            return code ? null : `redirect without a code: ${location}`;
          }
          return `authorized=${expected}, redirected to ${location}`;
        },
      },
    );
    if (authorize.verdict === 'limited') this.budgets.authorize.block(authorize.retryAfter);
    if (authorize.verdict !== 'ok') return;
    if (consent) {
      this.authorized = false;
      const approve = await this.gql(
        'consent.approve',
        APPROVE_AUTHORIZATION,
        { id: consent },
        (data) => {
          const to = new URL(data.approveAuthorization?.redirectTo ?? 'about:blank');
          code = to.searchParams.get('code');
          if (`${to.origin}${to.pathname}` !== REDIRECT_URI) return `approved to ${to}`;
          if (to.searchParams.get('state') !== state) return 'state not returned';
          return code ? null : 'approved without a code';
        },
      );
      this.authorized = approve.verdict === 'ok' ? true : null;
      if (approve.verdict !== 'ok') return;
    } else {
      this.authorized = true;
    }
    const exchange = await this.token(
      'token.code',
      {
        grant_type: 'authorization_code',
        code,
        redirect_uri: REDIRECT_URI,
        ...(pkce ? { code_verifier: verifier } : {}),
      },
      { status: [200], check: tokenCheck(FULL_SCOPE) },
    );
    if (exchange.verdict !== 'ok') return;
    this.grants.push({
      access: exchange.body.access_token,
      refresh: exchange.body.refresh_token,
      accessScope: FULL_SCOPE,
      previousRefresh: null,
    });
  },

  /** Rotation; one in four narrows the new access token to read (the refresh token keeps all). */
  async refresh() {
    const grant = pick(this.grants);
    const narrow = chance(0.25);
    const scope = narrow ? 'read' : FULL_SCOPE;
    const result = await this.token(
      'token.refresh',
      { grant_type: 'refresh_token', refresh_token: grant.refresh, ...(narrow ? { scope } : {}) },
      { status: [200], check: tokenCheck(scope) },
    );
    if (result.verdict === 'limited') return;
    if (result.verdict !== 'ok') return this.forget(grant);
    grant.previousRefresh = grant.refresh;
    grant.refresh = result.body.refresh_token;
    grant.access = result.body.access_token;
    grant.accessScope = scope;
  },

  /** A used refresh token again: refused, and the whole grant is revoked (RFC 9700 §4.14.2). */
  async replay() {
    const grant = pick(this.grants.filter((g) => g.previousRefresh !== null));
    const result = await this.token(
      'token.replay',
      { grant_type: 'refresh_token', refresh_token: grant.previousRefresh },
      { status: [400], check: oauthError('invalid_grant') },
    );
    if (result.verdict === 'limited') return;
    if (result.verdict !== 'ok') return this.forget(grant);
    this.kill(grant);
  },

  /**
   * What introspection must answer this client. Only confidential clients may introspect (README,
   * RFC 7662 §2.1: the endpoint is protected, and a public client's client_id is no credential), so
   * a public client is refused with 401 invalid_client whatever its token; the soak checks that too.
   */
  introspection(confidentialAnswer) {
    return this.isPublic
      ? { status: [401], check: oauthError('invalid_client') }
      : confidentialAnswer;
  },

  async introspect() {
    const grant = pick(this.grants);
    const kind = grant.access !== null && chance(0.5) ? 'access' : 'refresh';
    await this.clientCall(
      'introspect',
      '/oauth/introspect',
      { token: grant[kind] },
      this.introspection({
        status: [200],
        check: (body) =>
          body?.active === true &&
          body.sub === this.userId &&
          body.client_id === this.app.clientId &&
          body.token_type === (kind === 'access' ? 'Bearer' : 'refresh_token')
            ? null
            : `live ${kind} token introspected as ${snippet(body)}`,
      }),
    );
  },

  /** RFC 7009: mostly the refresh token (the whole grant goes), sometimes the access token alone. */
  async revoke() {
    const grant = pick(this.grants);
    const accessOnly = grant.access !== null && chance(0.25);
    const result = await this.clientCall(
      accessOnly ? 'revoke.access' : 'revoke.refresh',
      '/oauth/revoke',
      { token: accessOnly ? grant.access : grant.refresh },
      { status: [200] },
    );
    if (result.verdict !== 'ok') return this.forget(grant);
    if (!accessOnly) return this.kill(grant);
    this.bury('access', grant.access);
    grant.access = null;
  },

  /** The user revokes the app in settings: every token dies, the next authorize asks again. */
  async userRevoke() {
    const result = await this.gql(
      'user.revoke',
      REVOKE_APP,
      { clientId: this.app.clientId },
      (data) => (data.revokeAuthorizedOAuthApp === true ? null : `answered ${snippet(data)}`),
    );
    if (result.verdict !== 'ok') {
      this.authorized = null;
      this.grants = [];
      return;
    }
    for (const grant of [...this.grants]) this.kill(grant);
    this.authorized = false;
  },

  /** The user's settings list this app exactly when its authorization exists. */
  async authorizedApps() {
    const expected = this.authorized;
    await this.gql('user.authorized-apps', AUTHORIZED_APPS, {}, (data) => {
      const listed = (data.authorizedOAuthApps ?? []).some((a) => a.clientId === this.app.clientId);
      return listed === expected ? null : `listed=${listed} while authorized=${expected}`;
    });
  },

  /** A revoked token must be refused everywhere: API 401, refresh invalid_grant, inactive. */
  async deadProbe() {
    const usable = this.budgets.token.can()
      ? this.dead
      : this.dead.filter((d) => d.kind === 'access');
    if (usable.length === 0) return;
    const { kind, token } = pick(usable);
    if (chance(0.3)) {
      await this.clientCall(
        'dead.introspect',
        '/oauth/introspect',
        { token },
        this.introspection({
          status: [200],
          check: (body) =>
            body?.active === false ? null : `dead ${kind} token is ${snippet(body)}`,
        }),
      );
    } else if (kind === 'access') {
      await this.call(
        'dead.api.me',
        'GET',
        '/consumer/v1/me',
        { headers: { authorization: `Bearer ${token}` } },
        { status: [401] },
      );
    } else {
      await this.token(
        'dead.token.refresh',
        { grant_type: 'refresh_token', refresh_token: token },
        { status: [400], check: oauthError('invalid_grant') },
      );
    }
  },
};
