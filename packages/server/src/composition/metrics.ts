import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { DataSource } from 'typeorm';
import { onStatement, STATEMENT_KINDS } from '../db/statement-count.js';

/**
 * What Bnder exposes at GET /metrics (Prometheus text format). Labels are bounded sets: a route
 * pattern, a status, a grant type, an error code, a rule or a cause; never a user, a token, a
 * client id or a raw URL, so nothing secret and no unbounded series.
 */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    requests: new Histogram({
      name: 'bnder_http_request_duration_seconds',
      help: 'HTTP requests by route pattern, method and status, with their latency',
      labelNames: ['method', 'route', 'status'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    tokenOutcomes: new Counter({
      name: 'bnder_oauth_token_requests_total',
      help: 'POST /oauth/token answers by grant type and error code (none when tokens were issued)',
      labelNames: ['grant_type', 'error'] as const,
      registers: [registry],
    }),
    rateLimitRefusals: new Counter({
      name: 'bnder_rate_limit_refusals_total',
      help: 'Requests refused by a rate limit, by the name of its rule',
      labelNames: ['limit'] as const,
      registers: [registry],
    }),
    revocations: new Counter({
      name: 'bnder_revocations_total',
      help: 'Token revocations by cause (each counts one revoking action, not the tokens in it)',
      labelNames: ['cause'] as const,
      registers: [registry],
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

type PoolInternals = {
  _allConnections?: { length: number };
  _freeConnections?: { length: number };
  config?: { connectionLimit?: number; connectionConfig?: { host?: string; port?: number } };
};

/**
 * The database side: the statements sent, by kind, counted as they go; read when scraped, the
 * MySQL pool's connections in use and idle, and the node this instance talks to (on a Galera
 * host list it moves on failover, see db/cluster/). mysql2 keeps these counts on the pool
 * itself; SQLite has one connection and no node.
 */
export function registerDatabaseMetrics(metrics: Metrics, db: DataSource): void {
  const statements = new Counter({
    name: 'bnder_database_statements_total',
    help: 'SQL statements sent to the database, by their first keyword (transaction: START, COMMIT, ROLLBACK)',
    labelNames: ['statement'] as const,
    registers: [metrics.registry],
  });
  // A child per kind, made once: the hot paths count two or three statements per request.
  const byKind = new Map(STATEMENT_KINDS.map((kind) => [kind, statements.labels(kind)]));
  onStatement(db, (kind) => byKind.get(kind)?.inc());
  const pool = () => (db.driver as unknown as { pool?: PoolInternals }).pool;
  new Gauge({
    name: 'bnder_database_pool_connections',
    help: 'Database pool connections by state (busy, idle) and the pool limit',
    labelNames: ['state'] as const,
    registers: [metrics.registry],
    collect() {
      const current = pool();
      const all = current?._allConnections?.length ?? 0;
      const idle = current?._freeConnections?.length ?? 0;
      this.set({ state: 'busy' }, all - idle);
      this.set({ state: 'idle' }, idle);
      this.set({ state: 'limit' }, current?.config?.connectionLimit ?? 1);
    },
  });
  new Gauge({
    name: 'bnder_database_node_info',
    help: 'The database node this instance uses (1 for the current one)',
    labelNames: ['node'] as const,
    registers: [metrics.registry],
    collect() {
      const connection = pool()?.config?.connectionConfig;
      this.reset();
      this.set({ node: connection ? `${connection.host}:${connection.port}` : 'sqlite' }, 1);
    },
  });
}
