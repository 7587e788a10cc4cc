/** One MySQL server of a `DATABASE_URL` host list. */
export type DatabaseHost = { host: string; port: number };

/** A `mysql://` URL split into its host list and the parts every host shares. */
export type MysqlTarget = {
  hosts: DatabaseHost[];
  username: string;
  password: string;
  database: string;
};

const DEFAULT_PORT = 3306;
// A DNS name or IPv4 address, or an IPv6 address in brackets; then an optional port.
const HOST_ENTRY = /^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+)(?::(\d{1,5}))?$/;

/**
 * Splits `mysql://user:pass@host1:3306,host2:3306/db` into its hosts. The WHATWG URL parser
 * cannot read a host list (it sees one host with the port "3306,host2"), so the authority is
 * split by hand and each entry checked. Throws with a message naming the bad entry.
 */
export function parseMysqlUrl(url: string): MysqlTarget {
  const rest = url.slice('mysql://'.length);
  const authorityEnd = rest.search(/[/?#]/);
  const authority = authorityEnd === -1 ? rest : rest.slice(0, authorityEnd);
  const path = authorityEnd === -1 ? '' : rest.slice(authorityEnd);
  const at = authority.lastIndexOf('@');
  const userInfo = at === -1 ? '' : authority.slice(0, at);
  const hostList = authority.slice(at + 1);
  if (hostList === '') throw new Error('names no host');
  const hosts = hostList.split(',').map((entry, index) => {
    const match = HOST_ENTRY.exec(entry);
    const port = match?.[2] === undefined ? DEFAULT_PORT : Number(match[2]);
    if (!match || port < 1 || port > 65535) {
      throw new Error(`host ${index + 1} of the list ("${entry}") is not host or host:port`);
    }
    return { host: (match[1] ?? '').replace(/^\[|\]$/g, ''), port };
  });
  const colon = userInfo.indexOf(':');
  const decode = (part: string) => decodeURIComponent(part);
  return {
    hosts,
    username: decode(colon === -1 ? userInfo : userInfo.slice(0, colon)),
    password: colon === -1 ? '' : decode(userInfo.slice(colon + 1)),
    database: decode(/^\/([^?#]*)/.exec(path)?.[1] ?? ''),
  };
}

/** Why a `mysql://` URL cannot be used, or null when it can. */
export function mysqlUrlProblem(url: string): string | null {
  try {
    parseMysqlUrl(url);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}
