import type { FastifyInstance } from 'fastify';
import type { DataSource } from 'typeorm';

/** GET /healthz: 200 when the database answers, 503 when it does not. */
export function registerHealth(app: FastifyInstance, db: DataSource): void {
  app.get('/healthz', async (_request, reply) => {
    try {
      await db.query('SELECT 1');
      return await reply.send({ status: 'ok', database: 'up' });
    } catch {
      return reply.code(503).send({ status: 'unavailable', database: 'down' });
    }
  });
}
