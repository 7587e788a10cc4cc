import { SPA_PAGES } from '@bnder/shared';
import type { FastifyReply } from 'fastify';

/** No inline script, no framing, nothing loaded from elsewhere. */
export const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The API reference page only: RapiDoc (the maintained OpenAPI UI it renders) writes style=""
 * attributes and <style> elements inside its shadow DOM, which CSP Level 3 §6.1.3 (style-src-attr /
 * style-src-elem fall back to style-src) refuses without 'unsafe-inline'. Inline style cannot run
 * code, so only style-src is relaxed: script-src stays 'self' (no inline script, no eval), and
 * every other page keeps PAGE_CSP.
 */
export const API_REFERENCE_PAGE_CSP = PAGE_CSP.replace(
  "style-src 'self'",
  "style-src 'self' 'unsafe-inline'",
);

function pagePolicy(url: string): string {
  const path = url.split('?')[0]?.replace(/\/+$/, '');
  return path === SPA_PAGES.developersApi ? API_REFERENCE_PAGE_CSP : PAGE_CSP;
}

/**
 * Every HTML answer, whichever route or file it comes from (/index.html, the SPA fallback, its 404,
 * the authorize error page, any static .html), is a page a browser renders: it is never framed
 * (clickjacking), sends no referrer, and gets the strict page CSP unless its route set a full
 * policy of its own (the authorize error page's hash-only one). A policy without `default-src`
 * (`frame-ancestors 'none'` alone, set for redirects) restricts nothing else, so it is replaced.
 */
export function addPageHeaders(reply: FastifyReply): void {
  if (!isHtml(reply.getHeader('content-type'))) return;
  reply.header('X-Frame-Options', 'DENY');
  reply.header('Referrer-Policy', 'no-referrer');
  const csp = reply.getHeader('content-security-policy');
  if (typeof csp !== 'string' || !/(^|;)\s*default-src\s/.test(csp))
    reply.header('Content-Security-Policy', pagePolicy(reply.request.url));
}

function isHtml(contentType: ReturnType<FastifyReply['getHeader']>): boolean {
  return typeof contentType === 'string' && /^\s*text\/html\b/i.test(contentType);
}
