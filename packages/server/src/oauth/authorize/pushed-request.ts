import type { PushedRequestStore } from '../../grants/pushed-request.store.js';
import type { OAuthParams, readQuery } from '../form.js';
import { AuthorizePageError } from './page-error.js';

/** The parameters an authorize request is judged on, and where they came from. */
export type AuthorizeParams = {
  params: OAuthParams;
  repeated: readonly string[];
  /** Set when the link named a pushed request (RFC 9126 §4). */
  pushed: { referenceHash: string; appId: string; pushedAt: Date } | null;
  /** The authorize link to come back to after signing in. */
  returnTo: string;
};

const UNUSABLE = {
  unknown: 'This request_uri was not issued by Bnder.',
  expired: 'This request_uri has expired. Go back to the application and start again.',
  used: 'This request_uri was already used. Go back to the application and start again.',
} as const;

/**
 * RFC 9126 §4: a link with `request_uri` is judged on the pushed parameters only, plus its
 * `client_id`; every other parameter in the link is ignored, so nothing can be added to or
 * changed in what the client pushed. The pushed request names the redirect URI, so until it
 * is found every problem ends on the error page (RFC 6749 §4.1.2.1).
 */
export async function readAuthorizeParams(
  pushedRequests: PushedRequestStore,
  link: ReturnType<typeof readQuery>,
  pathAndQuery: string,
): Promise<AuthorizeParams> {
  const requestUris = link.valuesOf('request_uri');
  if (requestUris.length === 0)
    return { params: link.params, repeated: link.repeated, pushed: null, returnTo: pathAndQuery };
  if (requestUris.length > 1 || link.repeated.includes('client_id'))
    throw new AuthorizePageError('Invalid request', 'The link repeats client_id or request_uri.');
  const clientId = link.params.client_id;
  if (clientId === undefined)
    throw new AuthorizePageError('Invalid request', 'The link has no client_id.');
  const requestUri = requestUris[0] ?? '';
  const found = await pushedRequests.find(requestUri);
  if (found.kind !== 'found')
    throw new AuthorizePageError('Invalid request_uri', UNUSABLE[found.kind]);
  return {
    params: { ...found.params, client_id: clientId },
    repeated: [],
    pushed: { referenceHash: found.referenceHash, appId: found.appId, pushedAt: found.pushedAt },
    returnTo: `/oauth/authorize?${new URLSearchParams({ client_id: clientId, request_uri: requestUri })}`,
  };
}

/**
 * RFC 9126 §4: the pushed request becomes this signed-in user's request once. One conditional
 * update decides, so of two uses at once, on any instances and database nodes, one goes on.
 */
export async function spendPushedRequest(
  pushedRequests: PushedRequestStore,
  request: AuthorizeParams,
  appId: string,
): Promise<void> {
  if (request.pushed === null) return;
  if (!(await pushedRequests.take(request.pushed.referenceHash, appId)))
    throw new AuthorizePageError('Invalid request_uri', UNUSABLE.used);
}

/** A pushed request is its own client's only (RFC 9126 §4: "the client_id ... MUST match"). */
export function checkPushedBy(request: AuthorizeParams, appId: string): void {
  if (request.pushed !== null && request.pushed.appId !== appId)
    throw new AuthorizePageError(
      'Invalid request_uri',
      'This request_uri was pushed by another application.',
    );
}
