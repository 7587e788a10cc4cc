import { InvalidRequest } from './errors.js';

export type OAuthParams = Readonly<Record<string, string | undefined>>;

/**
 * Reads parameters from a parsed form body or query. RFC 6749 §3.1/§3.2: a parameter sent more
 * than once is refused, and one sent without a value is treated as omitted.
 */
export function readParams(source: unknown): OAuthParams {
  const params: Record<string, string> = {};
  if (source === undefined || source === null) return params;
  if (typeof source !== 'object') throw new InvalidRequest('The request body must be a form');
  for (const [name, value] of Object.entries(source as Record<string, unknown>)) {
    if (Array.isArray(value)) throw new InvalidRequest(`${name} was sent more than once`);
    if (typeof value !== 'string') throw new InvalidRequest(`${name} must be a string`);
    if (value !== '') params[name] = value;
  }
  return params;
}

/**
 * Parses an application/x-www-form-urlencoded body strictly: a malformed percent-escape (`%zz`)
 * or bytes that are not UTF-8 make the request invalid, where URLSearchParams would silently keep
 * or replace them and the client would get a puzzling invalid_client instead. A repeated name
 * yields an array, which readParams refuses.
 */
export function parseForm(body: string): Record<string, string | string[]> {
  const fields: Record<string, string | string[]> = Object.create(null);
  for (const pair of body.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const name = decodeFormComponent(eq === -1 ? pair : pair.slice(0, eq));
    const value = eq === -1 ? '' : decodeFormComponent(pair.slice(eq + 1));
    const previous = fields[name];
    fields[name] = previous === undefined ? value : [previous, value].flat();
  }
  return fields;
}

function decodeFormComponent(encoded: string): string {
  try {
    return decodeURIComponent(encoded.replace(/\+/g, ' '));
  } catch {
    throw new InvalidRequest('The form body is malformed: it has an invalid percent-encoding');
  }
}

/**
 * Same rules for a raw query string (the authorize endpoint reads the URL itself). `valuesOf`
 * gives every value sent under a name, repeated or empty ones too, for checks that must see them.
 */
export function readQuery(rawQuery: string): {
  params: OAuthParams;
  repeated: string[];
  valuesOf: (name: string) => string[];
} {
  const search = new URLSearchParams(rawQuery);
  const params: Record<string, string> = {};
  const repeated = new Set<string>();
  for (const [name, value] of search) {
    if (search.getAll(name).length > 1) repeated.add(name);
    else if (value !== '') params[name] = value;
  }
  return { params, repeated: [...repeated], valuesOf: (name) => search.getAll(name) };
}

export function required(params: OAuthParams, name: string): string {
  const value = params[name];
  if (value === undefined) throw new InvalidRequest(`${name} is required`);
  return value;
}

/** True when the request is form encoded (RFC 6749 §3.2 requires it at the token endpoint). */
export function isFormEncoded(contentType: string | undefined): boolean {
  return (
    (contentType ?? '').split(';')[0]?.trim().toLowerCase() === 'application/x-www-form-urlencoded'
  );
}
