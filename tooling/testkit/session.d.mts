import type { TypedOperation } from './operations.mjs';

export type GraphQLError = {
  message: string;
  extensions?: { code?: string; field?: string; [k: string]: unknown };
};

export type GraphQLResult<T = Record<string, unknown>> = {
  status: number;
  data: T | null;
  errors?: GraphQLError[];
  headers: Headers;
};

/** What the kit's flows need from a session: GraphQL calls and HTTP requests with its cookies. */
export interface GraphQLSession {
  gql<TResult = Record<string, unknown>, TVariables = Record<string, unknown>>(
    query: string | TypedOperation<TResult, TVariables>,
    variables?: TVariables,
  ): Promise<GraphQLResult<TResult>>;
}

export interface BrowsingSession extends GraphQLSession {
  readonly baseUrl: string;
  fetch(path: string, init?: RequestInit): Promise<Response>;
}

/**
 * A user agent over plain HTTP: one cookie jar, redirects not followed, an optional bearer token,
 * and GraphQL over POST /graphql.
 */
export class HttpSession implements BrowsingSession {
  constructor(
    baseUrl: string,
    cookies?: Map<string, string>,
    options?: { /** Send Origin on GraphQL calls, as a browser does. */ originHeader?: boolean },
  );
  readonly baseUrl: string;
  protected readonly cookies: Map<string, string>;
  protected readonly options: { originHeader?: boolean };
  bearer: string | undefined;
  fetch(path: string, init?: RequestInit): Promise<Response>;
  gql<TResult = Record<string, unknown>, TVariables = Record<string, unknown>>(
    query: string | TypedOperation<TResult, TVariables>,
    variables?: TVariables,
  ): Promise<GraphQLResult<TResult>>;
  /** The operation's data, or an Error naming what the server answered. */
  gqlData<TResult = Record<string, unknown>, TVariables = Record<string, unknown>>(
    query: string | TypedOperation<TResult, TVariables>,
    variables?: TVariables,
  ): Promise<TResult>;
  cookie(name: string): string | undefined;
  protected storeCookie(line: string): void;
}
