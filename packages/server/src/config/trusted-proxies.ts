import { isIP } from 'node:net';

/**
 * TRUST_PROXY: the proxies whose `X-Forwarded-For` and `X-Forwarded-Proto` are believed, as
 * addresses or CIDR ranges, comma-separated (the list Fastify's `trustProxy` takes). Anything
 * else is refused at start: a typo here would silently make every per-IP limit one global limit,
 * or let any client name its own address.
 */
export function parseTrustedProxies(value: string): string[] {
  return value
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

/** The first entry that is neither an address nor a CIDR range, or null. */
export function trustedProxiesProblem(value: string): string | null {
  const entries = parseTrustedProxies(value);
  if (entries.length === 0) return 'must list proxy addresses or CIDR ranges, comma-separated';
  const wrong = entries.find((entry) => !isAddressOrRange(entry));
  return wrong === undefined ? null : `"${wrong}" is not an IP address or CIDR range`;
}

function isAddressOrRange(entry: string): boolean {
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}
