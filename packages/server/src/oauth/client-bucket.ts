import type { OAuthClient } from '../grants/client.store.js';

/**
 * The rate-limit bucket of a client's requests. A confidential client proved its secret, so only
 * it can fill its own bucket: one per client. A public client is named by its `client_id` alone
 * (RFC 6749 §2.1), which anyone can send: keyed per client alone, a stranger's junk requests would
 * use up the limit of every real user of the app. So a public client's bucket is per client and
 * caller address (the proxy's forwarded address under TRUST_PROXY).
 */
export function clientBucket(kind: string, client: OAuthClient, ip: string): string {
  return client.requireSecret ? `${kind}:${client.clientId}` : `${kind}:${client.clientId}:${ip}`;
}
