// The soak's plumbing: its settings (from the environment, see bench/soak.mjs), one timed and
// judged HTTP request, the outcome counts, and what it reads of the server afterwards.
import { readFileSync } from 'node:fs';

export const number = (name, fallback) => {
  const value = process.env[name];
  return value === undefined || value === '' ? fallback : Number(value);
};
export const SECONDS = number('SOAK_SECONDS', 30);
export const WARMUP_SECONDS = number('SOAK_WARMUP', 3);
export const USERS = number('SOAK_USERS', 8);
export const MAX_REQUESTS = number('SOAK_MAX_REQUESTS', 300_000);
export const PACED = process.env.SOAK_PACE !== 'off';
export const PAUSE_MS = 2_000;
export const REQUEST_TIMEOUT_MS = 10_000;
export const REDIRECT_URI = 'http://127.0.0.1:9/cb';
export const FULL_SCOPE = 'read write delete';
/** Live grants (code exchanges) a worker keeps, notes it keeps, dead tokens it remembers. */
export const MAX_GRANTS = 4;
export const MAX_NOTES = 8;
export const MAX_DEAD = 16;
/**
 * The product's limits: /oauth/token per client (default 1200 a minute), /oauth/authorize per
 * session (default 300 a minute). RATE_LIMIT_TOKEN and RATE_LIMIT_AUTHORIZE, when set, go to the
 * product as they are. Each worker owns one client and one session and paces itself at 90 % of
 * them, so a fixed window never sees more than the burst plus 90 % of its limit.
 */
export const RULES = { token: 'RATE_LIMIT_TOKEN', authorize: 'RATE_LIMIT_AUTHORIZE' };
export const DEFAULT_RULES = { token: '1200/60', authorize: '300/60' };
export const LIMITS =
  /** @type {Record<keyof typeof RULES, { perSecond: number; burst: number }>} */ (
    Object.fromEntries(
      Object.entries(RULES).map(([key, name]) => {
        const [max, seconds] = (process.env[name] || DEFAULT_RULES[key]).split('/').map(Number);
        return [
          key,
          { perSecond: (max / seconds) * 0.9, burst: Math.max(1, Math.min(5, max / 20)) },
        ];
      }),
    )
  );
export const LIMIT_ENV = Object.fromEntries(
  Object.values(RULES)
    .filter((name) => process.env[name])
    .map((name) => [name, process.env[name]]),
);

export const started = Date.now();
export const log = (message) =>
  console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);
export const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
export const pick = (list) => list[Math.floor(Math.random() * list.length)];
export const chance = (p) => Math.random() < p;
export const base64url = (bytes) => bytes.toString('base64url');

// ---------------------------------------------------------------------------------------------
// Outcomes: per action the count, statuses seen, latencies, and the first error samples.

export class Stats {
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

export const percentile = (sorted, p) =>
  sorted.length === 0
    ? null
    : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

// ---------------------------------------------------------------------------------------------
// One HTTP request, timed and judged. `expect.status` lists the statuses this state must give;
// `expect.check(body, response)` returns a problem or null. A 429 is "limited" only with a
// Retry-After header; network errors, timeouts and 5xx are always errors.

export async function send(stats, action, request, run, expect) {
  const t0 = performance.now();
  let response = null;
  let body = null;
  let problem = null;
  try {
    response = await run(AbortSignal.timeout(REQUEST_TIMEOUT_MS));
    const text = await response.text();
    const json = (response.headers.get('content-type') ?? '').includes('application/json');
    body = json && text !== '' ? JSON.parse(text) : text;
  } catch (/** @type {any} */ error) {
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

export const snippet = (body) => {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return (text ?? '').slice(0, 300);
};

export const tokenCheck = (scope) => (body) =>
  typeof body?.access_token === 'string' &&
  typeof body.refresh_token === 'string' &&
  body.token_type === 'Bearer' &&
  body.scope === scope
    ? null
    : `token response ${snippet({ ...body, access_token: '…', refresh_token: '…' })}`;

export const oauthError = (code) => (body) =>
  body?.error === code ? null : `error body ${snippet(body)}`;

/** Server log lines at warn (40) and above; the product logs JSON (pino). */
export function scanLog(file) {
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

export async function rowCounts(conn) {
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
