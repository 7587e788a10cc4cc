import type { FastifyInstance } from 'fastify';
import { addPageHeaders } from './page-headers.js';

/**
 * Headers every response carries; HSTS only when the public URL is https (RFC 6797 §7.2). Every
 * HTML answer gets the page headers.
 */
export function registerResponseHeaders(app: FastifyInstance, publicUrl: string): void {
  const https = publicUrl.startsWith('https:');
  // Callback style, like the other hooks every request runs: no promise per request.
  app.addHook('onSend', (_request, reply, payload, done) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    if (https) reply.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    addPageHeaders(reply);
    done(null, payload);
  });
}
