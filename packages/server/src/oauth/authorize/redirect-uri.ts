import { isLoopbackHost } from '@bnder/shared';

/** `http://<loopback host>[:port]<rest>`, read from the raw string so nothing is normalised. */
const LOOPBACK = /^http:\/\/(127\.0\.0\.1|\[::1\]|localhost)(?::(\d{1,5}))?([/?][^#]*)?$/;

/**
 * RFC 6749 §3.1.2.3: the redirect URI must match a registered one exactly (simple string
 * comparison, no case folding or normalisation). RFC 8252 §7.3: for loopback http URIs the
 * port alone may differ, since native apps get an ephemeral port. Returns the URI to redirect
 * to, or null. `sent` may be omitted only when exactly one URI is registered (§3.1.2.3).
 */
export function matchRedirectUri(registered: string[], sent: string | undefined): string | null {
  const uri = sent === undefined && registered.length === 1 ? registered[0] : sent;
  // The answer is built with `new URL` (§4.1.2): what cannot be parsed, such as a loopback port
  // over 65535, is no redirect URI at all.
  if (uri === undefined || !URL.canParse(uri)) return null;
  if (sent === undefined || registered.includes(sent)) return uri;
  const loopback = LOOPBACK.exec(sent);
  if (!loopback || !isLoopbackHost(loopback[1] ?? '')) return null;
  const samePlace = registered.some((uri) => {
    const candidate = LOOPBACK.exec(uri);
    return (
      candidate !== null &&
      candidate[1] === loopback[1] &&
      (candidate[3] ?? '') === (loopback[3] ?? '')
    );
  });
  return samePlace ? sent : null;
}
