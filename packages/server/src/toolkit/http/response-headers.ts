import type { FastifyInstance } from 'fastify';
import { httpsDecider } from './https-transport.js';
import { addPageHeaders } from './page-headers.js';

/**
 * Headers every response carries; HSTS only over https (RFC 6797 §7.2): the public URL is https,
 * or a trusted proxy forwarded an https request. Every HTML answer gets the page headers.
 */
export function registerResponseHeaders(app: FastifyInstance, publicUrl: string): void {
  const overHttps = httpsDecider(publicUrl);
  // Callback style, like the other hooks every request runs: no promise per request.
  app.addHook('onSend', (request, reply, payload, done) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    if (overHttps(request))
      reply.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    addPageHeaders(reply);
    done(null, payload);
  });
}
