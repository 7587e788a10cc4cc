// pnpm soak (README, "Benchmarks"): thirty seconds of mixed OAuth traffic against the built product on
// a fresh MariaDB database, rate limits on at their defaults. Authorize (with consent when asked),
// code exchange, refresh, replay, API calls, introspection, revocation by the client and by the
// user. Every answer is checked against what this state of the world must give; anything else,
// a network error or a 5xx is an error, 429 is counted apart. Reports the server's RSS before and
// after, writes results/soak.{json,md} and exits 1 on any error (or an error line in the server log).
//
// SOAK_SECONDS (30) the measured run, SOAK_WARMUP (3) the warm-up before it, SOAK_USERS (8) users,
// each with a confidential and a public app, one worker per app, SOAK_MAX_REQUESTS (300000) a cap
// on requests, SOAK_PACE=off lets the workers run into the rate limits instead of pacing below them
// (at the default limits the traffic stays under them anyway; RATE_LIMIT_TOKEN=300/60 with
// SOAK_PACE=off shows the 429 accounting).
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt } from './lib/build.mjs';
import { atCleanUp, cleanUp, startProduct } from './lib/context.mjs';
import { connect, createDatabase, dropDatabase } from './lib/database.mjs';
import { APPROVE, basicAuth, Browser, CREATE_APP, SIGN_UP } from './lib/flow.mjs';
import { memoryOf } from './lib/processes.mjs';
import { RAW_DIR, RESULTS_DIR } from './lib/settings.mjs';

const number = (name, fallback) => {
  const value = process.env[name];
  return value === undefined || value === '' ? fallback : Number(value);
};
const SECONDS = number('SOAK_SECONDS', 30);
const WARMUP_SECONDS = number('SOAK_WARMUP', 3);
const USERS = number('SOAK_USERS', 8);
const MAX_REQUESTS = number('SOAK_MAX_REQUESTS', 300_000);
const PACED = process.env.SOAK_PACE !== 'off';
const PAUSE_MS = 2_000;
const REQUEST_TIMEOUT_MS = 10_000;
const REDIRECT_URI = 'http://127.0.0.1:9/cb';
const FULL_SCOPE = 'read write delete';
/** Live grants (code exchanges) a worker keeps, notes it keeps, dead tokens it remembers. */
const MAX_GRANTS = 4;
const MAX_NOTES = 8;
const MAX_DEAD = 16;
/**
 * The product's limits: /oauth/token per client (default 1200 a minute), /oauth/authorize per
 * session (default 300 a minute). RATE_LIMIT_TOKEN and RATE_LIMIT_AUTHORIZE, when set, go to the
 * product as they are. Each worker owns one client and one session and paces itself at 90 % of
 * them, so a fixed window never sees more than the burst plus 90 % of its limit.
 */
const RULES = { token: 'RATE_LIMIT_TOKEN', authorize: 'RATE_LIMIT_AUTHORIZE' };
const DEFAULT_RULES = { token: '1200/60', authorize: '300/60' };
const LIMITS = Object.fromEntries(
  Object.entries(RULES).map(([key, name]) => {
    const [max, seconds] = (process.env[name] || DEFAULT_RULES[key]).split('/').map(Number);
    return [key, { perSecond: (max / seconds) * 0.9, burst: Math.max(1, Math.min(5, max / 20)) }];
  }),
);
const LIMIT_ENV = Object.fromEntries(
  Object.values(RULES)
    .filter((name) => process.env[name])
    .map((name) => [name, process.env[name]]),
);

const started = Date.now();
const log = (message) =>
  console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
const pick = (list) => list[Math.floor(Math.random() * list.length)];
const chance = (p) => Math.random() < p;
const base64url = (bytes) => bytes.toString('base64url');

// ---------------------------------------------------------------------------------------------
// Outcomes: per action the count, statuses seen, latencies, and the first error samples.

class Stats {
  actions = new Map();
  samples = [];

  record(action, ms, status, verdict, problem, request) {
    let entry = this.actions.get(action);
    if (!entry) {
      entry = { count: 0, ok: 0, rateLimited: 0, errors: 0, statuses: {}, latencies: [] };
      this.actions.set(action, entry);
    }
    entry.count += 1;
    entry.statuses[status] = (entry.statuses[status] ?? 0) + 1;
    entry.latencies.push(ms);
    if (verdict === 'ok') entry.ok += 1;
    else if (verdict === 'limited') entry.rateLimited += 1;
    else {
      entry.errors += 1;
      if (this.samples.length < 20) this.samples.push({ action, status, problem, ...request });
    }
  }

  get totals() {
    const sum = (key) => [...this.actions.values()].reduce((n, a) => n + a[key], 0);
    return {
      requests: sum('count'),
      ok: sum('ok'),
      rateLimited: sum('rateLimited'),
      errors: sum('errors'),
    };
  }
}

const percentile = (sorted, p) =>
  sorted.length === 0
    ? null
    : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

// ---------------------------------------------------------------------------------------------
// One HTTP request, timed and judged. `expect.status` lists the statuses this state must give;
// `expect.check(body, response)` returns a problem or null. A 429 is "limited" only with a
// Retry-After header; network errors, timeouts and 5xx are always errors.

async function send(stats, action, request, run, expect) {
  const t0 = performance.now();
  let response = null;
  let body = null;
  let problem = null;
  try {
    response = await run(AbortSignal.timeout(REQUEST_TIMEOUT_MS));
    const text = await response.text();
    const json = (response.headers.get('content-type') ?? '').includes('application/json');
    body = json && text !== '' ? JSON.parse(text) : text;
  } catch (error) {
    problem = `${error.name}: ${error.message}${error.cause ? ` (${error.cause.message ?? error.cause})` : ''}`;
  }
  const ms = performance.now() - t0;
  const status = response?.status ?? 0;
  let verdict = 'error';
  let retryAfter = null;
  if (problem === null) {
    if (status === 429) {
      retryAfter = Number(response.headers.get('retry-after'));
      if (Number.isFinite(retryAfter) && retryAfter > 0) verdict = 'limited';
      else problem = '429 without a Retry-After header';
    } else if (!expect.status.includes(status)) {
      problem = `expected ${expect.status.join(' or ')}, got ${status}: ${snippet(body)}`;
    } else {
      problem = expect.check?.(body, response) ?? null;
      if (problem === null) verdict = 'ok';
    }
  }
  stats.record(action, ms, status, verdict, problem, request);
  return { verdict, status, body, response, retryAfter };
}

const snippet = (body) => {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return (text ?? '').slice(0, 300);
};

// ---------------------------------------------------------------------------------------------
// Setup over HTTP, as users do it: sign up, a second session for the second worker (sign in),
// a confidential and a public app.

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { id } }`;
const REVOKE_APP = `mutation($clientId: String!) { revokeAuthorizedOAuthApp(clientId: $clientId) }`;
const AUTHORIZED_APPS = `{ authorizedOAuthApps { clientId scopes } }`;

async function setUpUser(baseUrl, index) {
  const owner = new Browser(baseUrl);
  const email = `soak.${index}.${randomBytes(4).toString('hex')}@example.test`;
  const password = randomBytes(12).toString('base64url');
  const { signUp } = await owner.gql(SIGN_UP, {
    input: { email, password, displayName: `Soak User ${index}` },
  });
  const second = new Browser(baseUrl);
  await second.gql(SIGN_IN, { input: { email, password } });
  const app = async (kind, requireSecret) => {
    const { createOAuthApp } = await owner.gql(CREATE_APP, {
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

class Budget {
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

class Worker {
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
    this.auth = this.isPublic ? null : basicAuth(app.clientId, app.secret);
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
      const [name] = choices.find(([, w]) => (roll -= w) < 0) ?? choices.at(-1);
      await this[name]();
    }
  }

  choices() {
    const live = this.grants.length > 0;
    const withAccess = this.grants.some((g) => g.access !== null);
    const token = this.budgets.token.can();
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

  // --- actions ---

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
      const approve = await this.gql('consent.approve', APPROVE, { id: consent }, (data) => {
        const to = new URL(data.approveAuthorization?.redirectTo ?? 'about:blank');
        code = to.searchParams.get('code');
        if (`${to.origin}${to.pathname}` !== REDIRECT_URI) return `approved to ${to}`;
        if (to.searchParams.get('state') !== state) return 'state not returned';
        return code ? null : 'approved without a code';
      });
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
  }

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
  }

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
  }

  async me() {
    const grant = this.accessGrant();
    await this.bearer('api.me', 'GET', '/consumer/v1/me', grant, {
      status: [200],
      check: (body) => (body?.id === this.userId ? null : `me is ${snippet(body)}`),
    });
  }

  async notesCreate() {
    const grant = this.accessGrant();
    const allowed = grant.accessScope.includes('write');
    const result = await this.bearer(
      'api.notes.create',
      'POST',
      '/consumer/v1/notes',
      grant,
      {
        status: [allowed ? 201 : 403],
        check: (body) =>
          allowed
            ? typeof body?.id === 'string'
              ? null
              : `created ${snippet(body)}`
            : body?.error === 'insufficient_scope'
              ? null
              : `refused with ${snippet(body)}`,
      },
      { title: `Soak note ${this.requests}`, body: 'Written by bench/soak.mjs' },
    );
    if (allowed && result.verdict === 'ok') this.notes.push(result.body.id);
  }

  async notesList() {
    await this.bearer('api.notes.list', 'GET', '/consumer/v1/notes', this.accessGrant(), {
      status: [200],
      check: (body) => {
        if (!Array.isArray(body?.data)) return `list is ${snippet(body)}`;
        const ids = new Set(body.data.map((n) => n.id));
        const missing = this.notes.filter((id) => !ids.has(id));
        return missing.length === 0 ? null : `own notes missing from the list: ${missing}`;
      },
    });
  }

  async notesGet() {
    const id = pick(this.notes);
    await this.bearer('api.notes.get', 'GET', `/consumer/v1/notes/${id}`, this.accessGrant(), {
      status: [200],
      check: (body) => (body?.id === id ? null : `note is ${snippet(body)}`),
    });
  }

  async notesDelete() {
    const grant = this.accessGrant();
    const allowed = grant.accessScope.includes('delete');
    const id = pick(this.notes);
    const result = await this.bearer(
      'api.notes.delete',
      'DELETE',
      `/consumer/v1/notes/${id}`,
      grant,
      { status: [allowed ? 204 : 403] },
    );
    if (allowed && result.verdict === 'ok') this.notes = this.notes.filter((n) => n !== id);
  }

  async introspect() {
    const grant = pick(this.grants);
    const kind = grant.access !== null && chance(0.5) ? 'access' : 'refresh';
    await this.clientCall(
      'introspect',
      '/oauth/introspect',
      { token: grant[kind] },
      {
        status: [200],
        check: (body) =>
          body?.active === true &&
          body.sub === this.userId &&
          body.client_id === this.app.clientId &&
          body.token_type === (kind === 'access' ? 'Bearer' : 'refresh_token')
            ? null
            : `live ${kind} token introspected as ${snippet(body)}`,
      },
    );
  }

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
  }

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
  }

  /** The user's settings list this app exactly when its authorization exists. */
  async authorizedApps() {
    const expected = this.authorized;
    await this.gql('user.authorized-apps', AUTHORIZED_APPS, {}, (data) => {
      const listed = (data.authorizedOAuthApps ?? []).some((a) => a.clientId === this.app.clientId);
      return listed === expected ? null : `listed=${listed} while authorized=${expected}`;
    });
  }

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
        {
          status: [200],
          check: (body) =>
            body?.active === false ? null : `dead ${kind} token is ${snippet(body)}`,
        },
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
  }
}

const tokenCheck = (scope) => (body) =>
  typeof body?.access_token === 'string' &&
  typeof body.refresh_token === 'string' &&
  body.token_type === 'Bearer' &&
  body.scope === scope
    ? null
    : `token response ${snippet({ ...body, access_token: '…', refresh_token: '…' })}`;

const oauthError = (code) => (body) =>
  body?.error === code ? null : `error body ${snippet(body)}`;

// ---------------------------------------------------------------------------------------------

async function traffic(workers, seconds) {
  const stats = new Stats();
  const deadline = Date.now() + seconds * 1000;
  const perWorker = Math.ceil(MAX_REQUESTS / workers.length);
  const t0 = performance.now();
  await Promise.all(workers.map((w) => w.run(stats, deadline, w.requests + perWorker)));
  return { stats, seconds: (performance.now() - t0) / 1000 };
}

/** Server log lines at warn (40) and above; the product logs JSON (pino). */
function scanLog(file) {
  const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  const counts = { warn: 0, error: 0, other: 0 };
  const samples = [];
  for (const line of lines) {
    let entry;
    try {
      entry = JSON.parse(line);
    } catch {
      counts.other += 1;
      if (samples.length < 10) samples.push(line.slice(0, 300));
      continue;
    }
    if (entry.level >= 50) {
      counts.error += 1;
      if (samples.length < 10) samples.push(line.slice(0, 300));
    } else if (entry.level >= 40) counts.warn += 1;
  }
  return { ...counts, samples };
}

async function rowCounts(conn) {
  const tables = [
    'oauth_tokens',
    'oauth_authorization_codes',
    'oauth_authorization_requests',
    'oauth_authorizations',
    'oauth_app_events',
    'notes',
    'rate_limits',
  ];
  const [[row]] = await conn.query(
    `SELECT ${tables.map((t) => `(SELECT COUNT(*) FROM ${t}) AS ${t}`).join(', ')}`,
  );
  return Object.fromEntries(tables.map((t) => [t, Number(row[t])]));
}

async function main() {
  ensureBuilt();
  mkdirSync(RAW_DIR, { recursive: true });
  const db = await createDatabase();
  atCleanUp(() => dropDatabase(db.name));
  const logFile = join(RAW_DIR, 'soak-server.log');
  const { baseUrl, product } = await startProduct(db.name, undefined, {
    env: { RATE_LIMITS: 'on', LOG_LEVEL: 'warn', ...LIMIT_ENV },
    logFile,
  });
  atCleanUp(() => product.stop());
  const conn = await connect(db.name);
  atCleanUp(() => conn.end());
  log(`product (pid ${product.pid}) on ${baseUrl}, database ${db.name}, rate limits on`);

  const pairs = (
    await Promise.all(Array.from({ length: USERS }, (_, i) => setUpUser(baseUrl, i + 1)))
  ).flat();
  const workers = pairs.map((pair) => new Worker(baseUrl, pair));
  log(`${USERS} users, ${workers.length} apps (half public with PKCE), one worker each`);

  const warmup = await traffic(workers, WARMUP_SECONDS);
  log(`warm-up: ${warmup.stats.totals.requests} requests, ${warmup.stats.totals.errors} errors`);
  await sleep(PAUSE_MS);
  const before = memoryOf(product.pid);
  const rowsBefore = await rowCounts(conn);

  const samples = [];
  const sampler = setInterval(() => {
    const m = memoryOf(product.pid);
    if (m) samples.push(m.rssBytes);
  }, 500);
  log(`soak: ${SECONDS} s of mixed traffic${PACED ? '' : ' (unpaced)'}`);
  const soak = await traffic(workers, SECONDS);
  clearInterval(sampler);
  await sleep(PAUSE_MS);
  const after = memoryOf(product.pid);
  const rowsAfter = await rowCounts(conn);

  await product.stop();
  const serverLog = scanLog(logFile);
  await cleanUp();
  return assemble({ db, warmup, soak, before, after, samples, rowsBefore, rowsAfter, serverLog });
}

function assemble({ db, warmup, soak, before, after, samples, rowsBefore, rowsAfter, serverLog }) {
  const totals = soak.stats.totals;
  const actions = [...soak.stats.actions.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([action, a]) => {
      const sorted = a.latencies.sort((x, y) => x - y);
      return {
        action,
        count: a.count,
        ok: a.ok,
        rateLimited: a.rateLimited,
        errors: a.errors,
        statuses: a.statuses,
        p50Ms: round(percentile(sorted, 50)),
        p99Ms: round(percentile(sorted, 99)),
      };
    });
  const warmupErrors = warmup.stats.totals.errors;
  const errors = totals.errors + warmupErrors;
  return {
    date: new Date().toISOString(),
    wallSeconds: (Date.now() - started) / 1000,
    settings: {
      seconds: SECONDS,
      warmupSeconds: WARMUP_SECONDS,
      users: USERS,
      workers: USERS * 2,
      paced: PACED,
      limits: {
        token: process.env.RATE_LIMIT_TOKEN || DEFAULT_RULES.token,
        authorize: process.env.RATE_LIMIT_AUTHORIZE || DEFAULT_RULES.authorize,
      },
      maxRequests: MAX_REQUESTS,
      cores: availableParallelism(),
      node: process.version,
      database: db.version,
    },
    seconds: round(soak.seconds),
    requests: totals.requests,
    requestsPerSecond: round(totals.requests / soak.seconds),
    ok: totals.ok,
    rateLimited: totals.rateLimited,
    errors,
    errorsBreakdown: { soak: totals.errors, warmup: warmupErrors },
    // An error line in the server's log fails the run too, even if every answer looked right.
    passed: errors === 0 && serverLog.error === 0,
    warmup: warmup.stats.totals,
    memory: {
      rssBeforeBytes: before?.rssBytes ?? null,
      rssAfterBytes: after?.rssBytes ?? null,
      rssGrowthBytes: before && after ? after.rssBytes - before.rssBytes : null,
      rssMinDuringBytes: samples.length ? Math.min(...samples) : null,
      rssMaxDuringBytes: samples.length ? Math.max(...samples) : null,
      peakRssBytes: after?.peakRssBytes ?? null,
    },
    rows: { before: rowsBefore, after: rowsAfter },
    actions,
    errorSamples: [...warmup.stats.samples, ...soak.stats.samples].slice(0, 20),
    serverLog,
  };
}

const round = (n) => (n === null ? null : Number(n.toFixed(2)));
const mb = (bytes) => (bytes === null ? '–' : `${(bytes / 1024 / 1024).toFixed(1)} MB`);
const signedMb = (bytes) =>
  bytes === null ? '–' : `${bytes >= 0 ? '+' : ''}${(bytes / 1024 / 1024).toFixed(1)} MB`;

function toMarkdown(r) {
  const m = r.memory;
  const statuses = (s) =>
    Object.entries(s)
      .map(([status, n]) => `${status}×${n}`)
      .join(' ');
  const lines = [
    '# Soak',
    '',
    `${r.date} · ${r.settings.users} users, ${r.settings.workers} workers (one per app, half public with PKCE) · ${r.seconds} s after a ${r.settings.warmupSeconds} s warm-up · rate limits on (token ${r.settings.limits.token} per client, authorize ${r.settings.limits.authorize} per session), workers ${r.settings.paced ? 'pacing at 90 % of them' : 'unpaced'} · ${r.settings.cores} cores · Node ${r.settings.node} · MariaDB ${r.settings.database}`,
    '',
    `**${r.requests} requests, ${r.requestsPerSecond} req/s; errors ${r.errors}** (soak ${r.errorsBreakdown.soak}, warm-up ${r.errorsBreakdown.warmup}); rate limited (429 with Retry-After) ${r.rateLimited}; server log error lines ${r.serverLog.error}. **${r.passed ? 'Passed' : 'FAILED'}.**`,
    '',
    `Server RSS before ${mb(m.rssBeforeBytes)}, after ${mb(m.rssAfterBytes)} (${signedMb(m.rssGrowthBytes)}); during ${mb(m.rssMinDuringBytes)}–${mb(m.rssMaxDuringBytes)}, peak ${mb(m.peakRssBytes)}. Both readings ${PAUSE_MS / 1000} s after the traffic stopped.`,
    '',
    '| action | requests | as expected | 429 | errors | p50 ms | p99 ms | statuses |',
    '|---|---:|---:|---:|---:|---:|---:|---|',
    ...r.actions.map(
      (a) =>
        `| ${a.action} | ${a.count} | ${a.ok} | ${a.rateLimited} | ${a.errors} | ${a.p50Ms} | ${a.p99Ms} | ${statuses(a.statuses)} |`,
    ),
    '',
    `Rows before → after: ${Object.keys(r.rows.after)
      .map((t) => `${t} ${r.rows.before[t]} → ${r.rows.after[t]}`)
      .join(', ')}. Server log: ${r.serverLog.warn} warn, ${r.serverLog.error} error lines.`,
    '',
  ];
  if (r.errorSamples.length > 0) {
    lines.push(
      '## Errors (first samples)',
      '',
      ...r.errorSamples.map(
        (e) =>
          `- ${e.at} ${e.action}: ${e.method} ${e.path}${e.grantType ? ` grant_type=${e.grantType}` : ''} (${e.client} client) → ${e.status}: ${e.problem}`,
      ),
      '',
    );
  }
  if (r.serverLog.samples.length > 0) {
    lines.push('## Server log', '', ...r.serverLog.samples.map((s) => `- \`${s}\``), '');
  }
  return lines.join('\n');
}

try {
  const result = await main();
  mkdirSync(RESULTS_DIR, { recursive: true });
  const markdown = toMarkdown(result);
  writeFileSync(join(RESULTS_DIR, 'soak.json'), JSON.stringify(result, null, 2) + '\n');
  writeFileSync(join(RESULTS_DIR, 'soak.md'), markdown);
  console.log(`\n${markdown}`);
  console.log(`Written to bench/results/soak.{json,md} in ${result.wallSeconds.toFixed(0)} s.`);
  if (!result.passed) {
    console.error(
      `SOAK FAILED: ${result.errors} errors, ${result.serverLog.error} server log error lines`,
    );
  }
  process.exitCode = result.passed ? 0 : 1;
} catch (error) {
  console.error(`soak failed: ${error.stack ?? error}`);
  await cleanUp();
  process.exitCode = 1;
}
