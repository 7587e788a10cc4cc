import type { FastifyReply, FastifyRequest } from 'fastify';

export const SESSION_COOKIE = 'bnder_session';

export function readSessionCookie(request: FastifyRequest): string | undefined {
  return request.cookies[SESSION_COOKIE];
}

/** HttpOnly, SameSite=Lax, and Secure whenever the client came over https (https-transport.ts). */
export function sessionCookieWriter(reply: FastifyReply, secure: boolean) {
  return {
    set(cookieValue: string, expiresAt: Date): void {
      reply.setCookie(SESSION_COOKIE, cookieValue, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure,
        expires: expiresAt,
      });
    },
    clear(): void {
      reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure });
    },
  };
}
