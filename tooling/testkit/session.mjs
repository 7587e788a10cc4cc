// A user agent over plain HTTP: one cookie jar, redirects not followed (a test reads them), an
// optional bearer token, and GraphQL over POST /graphql. The server tests' TestClient, the
// benchmarks' sessions and the browser tests' API calls are this class.

/**
 * @typedef {{ message: string; extensions?: { code?: string; field?: string; [k: string]: unknown } }} GraphQLError
 * @typedef {{ status: number; data: any; errors?: GraphQLError[]; headers: Headers }} GraphQLResult
 */

export class HttpSession {
  /** @type {string | undefined} */
  bearer;

  /**
   * @param {string} baseUrl
   * @param {Map<string, string>} [cookies] shared with another session (see at())
   * @param {{ originHeader?: boolean }} [options] originHeader: send Origin on GraphQL calls, as a
   *   browser does on a same-origin POST
   */
  constructor(baseUrl, cookies = new Map(), options = {}) {
    this.baseUrl = baseUrl;
    this.cookies = cookies;
    this.options = options;
  }

  /**
   * @param {string} path
   * @param {RequestInit} [init]
   * @returns {Promise<Response>}
   */
  async fetch(path, init = {}) {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0 && !headers.has('cookie')) {
      headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    }
    if (this.bearer && !headers.has('authorization')) {
      headers.set('authorization', `Bearer ${this.bearer}`);
    }
    const response = await fetch(new URL(path, this.baseUrl), {
      ...init,
      headers,
      redirect: 'manual',
    });
    for (const line of response.headers.getSetCookie()) this.storeCookie(line);
    return response;
  }

  /**
   * POSTs an operation to /graphql. `query` may be a string or a String with types attached.
   * @param {string | String} query
   * @param {Record<string, unknown>} [variables]
   * @returns {Promise<GraphQLResult>}
   */
  async gql(query, variables = {}) {
    /** @type {Record<string, string>} */
    const headers = { 'content-type': 'application/json' };
    if (this.options.originHeader) headers.origin = new URL(this.baseUrl).origin;
    const response = await this.fetch('/graphql', {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: String(query), variables }),
    });
    const body = /** @type {{ data?: unknown; errors?: GraphQLError[] }} */ (await response.json());
    return { ...body, data: body.data ?? null, status: response.status, headers: response.headers };
  }

  /**
   * The operation's data, or an Error naming what the server answered.
   * @param {string | String} query
   * @param {Record<string, unknown>} [variables]
   */
  async gqlData(query, variables = {}) {
    const result = await this.gql(query, variables);
    if (!result.data) {
      throw new Error(`GraphQL failed (${result.status}): ${JSON.stringify(result.errors)}`);
    }
    return result.data;
  }

  /** @param {string} name */
  cookie(name) {
    return this.cookies.get(name);
  }

  /** @param {string} line a Set-Cookie header */
  storeCookie(line) {
    const [pair = ''] = line.split(';');
    const index = pair.indexOf('=');
    const name = pair.slice(0, index).trim();
    const value = pair.slice(index + 1).trim();
    const expired = /max-age=0|expires=thu, 01 jan 1970/i.test(line);
    if (expired || value === '') this.cookies.delete(name);
    else this.cookies.set(name, value);
  }
}
