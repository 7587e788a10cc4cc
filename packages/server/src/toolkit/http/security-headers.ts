import type { FastifyReply } from 'fastify';

/** Pages that grant or ask for credentials must never be framed (clickjacking on consent). */
export function denyFraming(reply: FastifyReply): void {
  reply.header('X-Frame-Options', 'DENY');
  reply.header('Content-Security-Policy', "frame-ancestors 'none'");
  reply.header('Referrer-Policy', 'no-referrer');
}

/** RFC 6749 §5.1: responses that carry tokens or secrets must not be cached. */
export function noStore(reply: FastifyReply): void {
  reply.header('Cache-Control', 'no-store');
  reply.header('Pragma', 'no-cache');
}
