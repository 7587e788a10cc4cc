import type { FastifyInstance } from 'fastify';
import { denyFraming, noStore } from '../../toolkit/http/security-headers.js';
import { readSessionCookie } from '../../toolkit/http/session-cookie.js';
import type { AuthorizeEndpoint } from './authorize.service.js';
import { ERROR_PAGE_CSP, renderErrorPage } from './error-page.js';

/** GET /oauth/authorize: parse, call the endpoint, answer with a redirect or the error page. */
export function registerAuthorize(app: FastifyInstance, endpoint: AuthorizeEndpoint): void {
  app.get('/oauth/authorize', async (request, reply) => {
    denyFraming(reply);
    noStore(reply);
    const queryStart = request.url.indexOf('?');
    const rawQuery = queryStart === -1 ? '' : request.url.slice(queryStart + 1);
    const cookie = readSessionCookie(request);
    const outcome = await endpoint.handle({
      rawQuery,
      // Rebuilt from the route's own path, so return_to can only ever point back here.
      pathAndQuery: rawQuery === '' ? '/oauth/authorize' : `/oauth/authorize?${rawQuery}`,
      ip: request.ip,
      ...(cookie ? { sessionCookie: cookie } : {}),
    });
    if (outcome.kind === 'redirect') return reply.redirect(outcome.location, 302);
    if (outcome.retryAfter !== undefined) reply.header('Retry-After', String(outcome.retryAfter));
    return reply
      .code(outcome.status)
      .header('Content-Security-Policy', ERROR_PAGE_CSP)
      .type('text/html; charset=utf-8')
      .send(renderErrorPage(outcome.title, outcome.message));
  });
}
