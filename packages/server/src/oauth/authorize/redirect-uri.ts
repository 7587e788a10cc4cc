import { isLoopbackHost, normalizeRedirectUri } from '@bnder/shared';

/** `http://<loopback host>[:port]<rest>`, read from the string after case normalisation only. */
const LOOPBACK = /^http:\/\/(127\.0\.0\.1|\[::1\]|localhost)(?::(\d{1,5}))?([/?][^#]*)?$/;

/**
 * RFC 6749 §3.1.2.3: the redirect URI must match a registered one by string comparison, after
 * the one normalisation RFC 3986 §6.2.2.1 makes safe (scheme and host lower-cased), so
 * `HTTPS://CLIENT.EXAMPLE/cb` is `https://client.example/cb` and nothing else is. RFC 8252 §7.3:
 * for loopback http URIs the port alone may differ, since native apps get an ephemeral port.
 * Returns the normalised URI to redirect to, or null. `sent` may be omitted only when exactly
 * one URI is registered (§3.1.2.3).
 */
export function matchRedirectUri(registered: string[], sent: string | undefined): string | null {
  const known = registered.map(normalizeRedirectUri);
  const uri =
    sent === undefined ? (known.length === 1 ? known[0] : undefined) : normalizeRedirectUri(sent);
  // The answer is built with `new URL` (§4.1.2): what cannot be parsed, such as a loopback port
  // over 65535, is no redirect URI at all.
  if (uri === undefined || !URL.canParse(uri)) return null;
  if (sent === undefined || known.includes(uri)) return uri;
  const loopback = LOOPBACK.exec(uri);
  if (!loopback || !isLoopbackHost(loopback[1] ?? '')) return null;
  const samePlace = known.some((uri) => {
    const candidate = LOOPBACK.exec(uri);
    return (
      candidate !== null &&
      candidate[1] === loopback[1] &&
      (candidate[3] ?? '') === (loopback[3] ?? '')
    );
  });
  return samePlace ? uri : null;
}
