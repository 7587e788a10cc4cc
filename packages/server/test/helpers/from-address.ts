import type { IncomingHttpHeaders } from 'node:http';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';

export type RawAnswer = {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  json<T = Record<string, unknown>>(): T;
};

export type RawRequest = { method?: string; headers?: Record<string, string>; body?: string };

/** Two client addresses on loopback: a stranger's, and the one the app's real users call from. */
export const STRANGER_ADDRESS = '127.0.0.2';
export const USER_ADDRESS = '127.0.0.1';

/**
 * One HTTP(S) request from a chosen client address: the socket is bound to `from` (any of
 * 127.0.0.0/8 on loopback), so the server, or a proxy in front of it, sees that address. fetch
 * cannot bind its socket. A test proxy's self-signed certificate is accepted.
 */
export function requestFrom(from: string, url: string, init: RawRequest = {}): Promise<RawAnswer> {
  const target = new URL(url);
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const outgoing = send(
      target,
      {
        method: init.method ?? 'GET',
        headers: init.headers ?? {},
        localAddress: from,
        rejectUnauthorized: false,
        agent: false,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            text,
            json: <T>() => JSON.parse(text) as T,
          });
        });
      },
    );
    outgoing.on('error', reject);
    outgoing.end(init.body);
  });
}

/** POSTs a form (an OAuth endpoint's body, RFC 6749 §3.2) from a chosen client address. */
export function postFormFrom(
  from: string,
  url: string,
  params: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<RawAnswer> {
  return requestFrom(from, url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(params).toString(),
  });
}

/** A GraphQL operation from a chosen client address, with an optional cookie. */
export function graphqlFrom(
  from: string,
  url: string,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<RawAnswer> {
  return requestFrom(from, `${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
}
