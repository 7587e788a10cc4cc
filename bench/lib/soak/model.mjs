// The soak's model of the world: users with a confidential and a public app, set up over HTTP,
// and one worker per (user, app) pair that knows which of its tokens are live and which are dead,
// so every answer can be judged. Its actions are in oauth-actions.mjs and api-actions.mjs.
import { randomBytes } from 'node:crypto';
import {
  basicAuthorization,
  CREATE_APP,
  SIGN_IN,
  SIGN_UP,
} from '../../../tooling/testkit/index.mjs';
import { Browser } from '../flow.mjs';
import { apiActions } from './api-actions.mjs';
import { oauthActions } from './oauth-actions.mjs';
import {
  PACED,
  REDIRECT_URI,
  MAX_GRANTS,
  MAX_NOTES,
  MAX_DEAD,
  LIMITS,
  sleep,
  pick,
  send,
  snippet,
} from './plumbing.mjs';

// ---------------------------------------------------------------------------------------------
// Setup over HTTP, as users do it: sign up, a second session for the second worker (sign in),
// a confidential and a public app.

export async function setUpUser(baseUrl, index) {
  const owner = new Browser(baseUrl);
  const email = `soak.${index}.${randomBytes(4).toString('hex')}@example.test`;
  const password = randomBytes(12).toString('base64url');
  const { signUp } = await owner.gqlData(SIGN_UP, {
    input: { email, password, displayName: `Soak User ${index}` },
  });
  const second = new Browser(baseUrl);
  await second.gqlData(SIGN_IN, { input: { email, password } });
  const app = async (kind, requireSecret) => {
    const { createOAuthApp } = await owner.gqlData(CREATE_APP, {
      input: { name: `Soak ${kind} ${index}`, redirectUris: [REDIRECT_URI], requireSecret },
    });
    return { kind, clientId: createOAuthApp.app.clientId, secret: createOAuthApp.clientSecret };
  };
  const confidential = await app('confidential', true);
  const publicApp = await app('public', false);
  return [
    { userId: signUp.id, browser: owner, app: confidential },
    { userId: signUp.id, browser: second, app: publicApp },
  ];
}

// ---------------------------------------------------------------------------------------------
// A worker owns one (user, app) pair and a session of its own, so it alone changes that pair's
// authorization and tokens: it always knows which tokens are live and which are dead.

export class Budget {
  constructor({ perSecond, burst }) {
    this.perSecond = perSecond;
    this.burst = burst;
    this.level = burst;
    this.at = Date.now();
    this.blockedUntil = 0;
  }

  can() {
    if (Date.now() < this.blockedUntil) return false;
    if (!PACED) return true;
    const now = Date.now();
    this.level = Math.min(this.burst, this.level + ((now - this.at) / 1000) * this.perSecond);
    this.at = now;
    return this.level >= 1;
  }

  take() {
    this.level -= 1;
  }

  /** The server said 429: honour its Retry-After. */
  block(seconds) {
    this.blockedUntil = Date.now() + seconds * 1000;
  }
}

export class Worker {
  grants = []; // live code exchanges: { access (null once revoked alone), refresh, accessScope, previousRefresh }
  dead = []; // { kind: 'access' | 'refresh', token }: revoked, must be refused
  notes = []; // ids of notes this worker created and not yet deleted
  /** Whether the user's authorization (consent) for this app exists; null when unknown. */
  authorized = false;
  requests = 0;
  budgets = { token: new Budget(LIMITS.token), authorize: new Budget(LIMITS.authorize) };

  constructor(baseUrl, { userId, browser, app }) {
    this.baseUrl = baseUrl;
    this.userId = userId;
    this.browser = browser;
    this.app = app;
    this.isPublic = app.secret === null;
    this.auth = this.isPublic ? null : basicAuthorization(app.clientId, app.secret);
  }

  async run(stats, deadline, maxRequests) {
    this.stats = stats;
    while (Date.now() < deadline && this.requests < maxRequests) {
      const choices = this.choices();
      if (choices.length === 0) {
        await sleep(20);
        continue;
      }
      const total = choices.reduce((n, [, w]) => n + w, 0);
      let roll = Math.random() * total;
      const [name] = /** @type {(typeof choices)[number]} */ (
        choices.find(([, w]) => (roll -= w) < 0) ?? choices.at(-1) // not empty here
      );
      await this[name]();
    }
  }

  choices() {
    const live = this.grants.length > 0;
    const withAccess = this.grants.some((g) => g.access !== null);
    const token = this.budgets.token.can();
    /** @type {[action: string, weight: number, ok: boolean][]} */
    const list = [
      ['flow', 3, this.grants.length < MAX_GRANTS && token && this.budgets.authorize.can()],
      ['refresh', 4, live && token],
      ['replay', 0.4, token && this.grants.some((g) => g.previousRefresh !== null)],
      ['me', 14, withAccess],
      ['notesCreate', 4, withAccess && this.notes.length < MAX_NOTES],
      ['notesList', 3, withAccess],
      ['notesGet', 3, withAccess && this.notes.length > 0],
      ['notesDelete', 3, withAccess && this.notes.length > 0],
      ['introspect', 4, live],
      ['revoke', 1.2, live],
      ['userRevoke', 0.4, this.authorized === true],
      ['authorizedApps', 0.6, this.authorized !== null],
      ['deadProbe', 3, this.dead.length > 0],
    ];
    return list.filter(([, , ok]) => ok);
  }

  // --- plumbing ---

  /**
   * @param {string} action
   * @param {string} method
   * @param {string} path
   * @param {{ headers?: Record<string, any>; form?: Record<string, any>; json?: unknown;
   *   cookie?: boolean }} options
   * @param {any} expect
   */
  async call(action, method, path, { headers = {}, form, json, cookie = false }, expect) {
    this.requests += 1;
    const init = { method, headers: { ...headers } };
    if (form) {
      init.headers['content-type'] = 'application/x-www-form-urlencoded';
      init.body = new URLSearchParams(form).toString();
    }
    if (json) {
      init.headers['content-type'] = 'application/json';
      init.body = JSON.stringify(json);
    }
    // What an error sample shows: never a token or a secret, enough to find the log line.
    const request = {
      method,
      path: path.split('?')[0],
      ...(form?.grant_type ? { grantType: form.grant_type } : {}),
      client: this.app.kind,
      at: new Date().toISOString(),
    };
    const run = cookie
      ? (signal) => this.browser.fetch(path, { ...init, signal })
      : (signal) => fetch(new URL(path, this.baseUrl), { ...init, signal, redirect: 'manual' });
    return send(this.stats, action, request, run, expect);
  }

  /** Client authentication: Basic for the confidential app, client_id alone for the public one. */
  clientCall(action, path, params, expect) {
    return this.isPublic
      ? this.call(
          action,
          'POST',
          path,
          { form: { ...params, client_id: this.app.clientId } },
          expect,
        )
      : this.call(
          action,
          'POST',
          path,
          { form: params, headers: { authorization: this.auth } },
          expect,
        );
  }

  token(action, params, expect) {
    this.budgets.token.take();
    return this.clientCall(action, '/oauth/token', params, expect).then((result) => {
      if (result.verdict === 'limited') this.budgets.token.block(result.retryAfter);
      return result;
    });
  }

  gql(action, query, variables, check) {
    return this.call(
      action,
      'POST',
      '/graphql',
      { json: { query, variables }, headers: { origin: this.baseUrl }, cookie: true },
      {
        status: [200],
        check: (body) =>
          body?.errors ? `GraphQL errors: ${snippet(body.errors)}` : check(body?.data ?? {}),
      },
    );
  }

  bearer(action, method, path, grant, expect, json) {
    return this.call(
      action,
      method,
      path,
      { headers: { authorization: `Bearer ${grant.access}` }, json },
      expect,
    );
  }

  kill(grant) {
    this.grants = this.grants.filter((g) => g !== grant);
    if (grant.access) this.bury('access', grant.access);
    this.bury('refresh', grant.refresh);
  }

  bury(kind, token) {
    this.dead.push({ kind, token });
    if (this.dead.length > MAX_DEAD) this.dead.shift();
  }

  /** After an unexpected answer the grant's state is unknown: forget it. */
  forget(grant) {
    this.grants = this.grants.filter((g) => g !== grant);
  }

  accessGrant() {
    return pick(this.grants.filter((g) => g.access !== null));
  }
}

Object.assign(Worker.prototype, oauthActions, apiActions);
