import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isSpaPage } from '@bnder/shared';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

const SERVER_PATHS = /^\/(graphql|consumer\/|oauth\/(?!consent(\?|$))|\.well-known\/|healthz)/;

/**
 * Serves the built SPA: hashed assets cache forever, and any other GET that is not a server
 * route gets index.html, so client routes survive a reload: 200 for the SPA's own pages (the
 * list the web router reads too), 404 for any other path, where the app shows its not-found
 * view (RFC 9110 §15.5.5). Every HTML file served here gets the page headers (page-headers.ts).
 */
export async function registerSpa(app: FastifyInstance, distDir: string): Promise<void> {
  const indexExists = existsSync(join(distDir, 'index.html'));
  if (indexExists) {
    await app.register(fastifyStatic, {
      root: distDir,
      wildcard: false,
      index: false,
      cacheControl: false,
      // The build writes .br and .gz beside each asset: the one the browser accepts is sent,
      // with no compression work per request.
      preCompressed: true,
      setHeaders: (reply, path) => {
        // RFC 9110 §12.5.5: the body depends on Accept-Encoding, so caches must key on it.
        reply.header('Vary', 'Accept-Encoding');
        const immutable = path.includes('/assets/');
        reply.header(
          'Cache-Control',
          immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  }
  app.setNotFoundHandler(async (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    const wantsPage =
      (request.method === 'GET' || request.method === 'HEAD') && !SERVER_PATHS.test(path);
    if (!wantsPage) {
      return reply
        .code(404)
        .send({ error: 'not_found', error_description: `No route for ${request.method} ${path}` });
    }
    if (!indexExists)
      return reply.code(404).type('text/plain').send('The web app is not built: run pnpm build');
    // The page headers (CSP, no framing, no referrer) come with every HTML answer: page-headers.ts.
    reply.header('Cache-Control', 'no-cache');
    return reply.code(isSpaPage(path) ? 200 : 404).sendFile('index.html');
  });
}
