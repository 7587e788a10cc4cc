import type { FastifyRequest } from 'fastify';

/**
 * Whether the client reached the server over https: the public URL is https (so a TLS front
 * serves it), or this request came through a trusted proxy (TRUST_PROXY) that says
 * `X-Forwarded-Proto: https`. Without TRUST_PROXY, `request.protocol` ignores that header, so a
 * client cannot claim https for itself. Decides `Secure` cookies and HSTS.
 */
export function httpsDecider(publicUrl: string): (request: FastifyRequest) => boolean {
  const httpsPublicUrl = publicUrl.startsWith('https:');
  return (request) => httpsPublicUrl || request.protocol === 'https';
}
