// The soak's report: the result object written to results/soak.json and its Markdown.
import { availableParallelism } from 'node:os';
import {
  SECONDS,
  WARMUP_SECONDS,
  USERS,
  MAX_REQUESTS,
  PACED,
  PAUSE_MS,
  DEFAULT_RULES,
  started,
  percentile,
} from './plumbing.mjs';

export function assemble({
  db,
  warmup,
  soak,
  before,
  after,
  samples,
  rowsBefore,
  rowsAfter,
  serverLog,
}) {
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

export const round = (n) => (n === null ? null : Number(n.toFixed(2)));
export const mb = (bytes) => (bytes === null ? '–' : `${(bytes / 1024 / 1024).toFixed(1)} MB`);
export const signedMb = (bytes) =>
  bytes === null ? '–' : `${bytes >= 0 ? '+' : ''}${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function toMarkdown(r) {
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
