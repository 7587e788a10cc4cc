import type { FastifyInstance } from 'fastify';
import type { DataSource } from 'typeorm';

/**
 * Whether the instance should get new traffic. It stops being ready the moment shutdown starts
 * (SIGTERM, or the app closing), before it stops accepting requests, so a load balancer that
 * polls /readyz takes it out while it still serves what reaches it (SHUTDOWN_DRAIN).
 */
export class Readiness {
  private shuttingDown = false;

  startShutdown(): void {
    this.shuttingDown = true;
  }

  get isShuttingDown(): boolean {
    return this.shuttingDown;
  }
}

/**
 * GET /readyz: 200 when the database answers and no shutdown has begun; 503 otherwise. /healthz
 * stays the liveness check: a draining instance is alive, just not taking new work.
 */
export function registerReadiness(app: FastifyInstance, db: DataSource, readiness: Readiness) {
  app.addHook('preClose', async () => readiness.startShutdown());
  app.get('/readyz', async (_request, reply) => {
    reply.header('Cache-Control', 'no-store');
    if (readiness.isShuttingDown)
      return reply.code(503).send({ status: 'shutting_down', database: 'unchecked' });
    try {
      await db.query('SELECT 1');
      return await reply.send({ status: 'ready', database: 'up' });
    } catch {
      return reply.code(503).send({ status: 'unavailable', database: 'down' });
    }
  });
}
