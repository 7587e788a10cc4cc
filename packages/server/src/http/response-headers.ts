import type { FastifyInstance } from 'fastify';

/** Headers every response carries; HSTS only when the public URL is https (RFC 6797 §7.2). */
export function registerResponseHeaders(app: FastifyInstance, publicUrl: string): void {
  const https = publicUrl.startsWith('https:');
  app.addHook('onSend', async (_request, reply) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    if (https) reply.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  });
}
