import { REDIRECT_URI_MAX_LENGTH } from '@bnder/shared';
import type { AppEntity } from '../../apps/app.entity.js';
import type { AppStore } from '../../apps/app.store.js';
import type { OAuthParams } from '../form.js';
import { AuthorizePageError } from './page-error.js';
import { matchRedirectUri } from './redirect-uri.js';

export type TrustedClient = { app: AppEntity; redirectUri: string; redirectUriSent: boolean };

/**
 * RFC 6749 §4.1.2.1 and §10.15 (open redirectors): until the client and its redirect URI are
 * known to be registered, every problem ends on an error page, never in a redirect.
 */
export async function checkClient(
  clients: AppStore,
  params: OAuthParams,
  repeated: readonly string[],
): Promise<TrustedClient> {
  if (repeated.includes('client_id') || repeated.includes('redirect_uri'))
    throw new AuthorizePageError('Invalid request', 'The link repeats client_id or redirect_uri.');
  const clientId = params.client_id;
  if (clientId === undefined)
    throw new AuthorizePageError('Invalid request', 'The link has no client_id.');
  const app = await clients.findByClientId(clientId);
  if (!app)
    throw new AuthorizePageError('Unknown application', 'No application has this client id.');
  if (app.suspendedAt !== null)
    throw new AuthorizePageError(
      'Application suspended',
      'Bnder suspended this application. It cannot sign you in or act on your account.',
    );
  const redirectUri = matchRedirectUri(app.redirectUris, params.redirect_uri);
  if (redirectUri === null || redirectUri.length > REDIRECT_URI_MAX_LENGTH)
    throw new AuthorizePageError(
      'Redirect URI not registered',
      params.redirect_uri === undefined
        ? 'The link must name a redirect_uri, because the application registered several.'
        : 'The redirect_uri in the link is not one the application registered.',
    );
  return { app, redirectUri, redirectUriSent: params.redirect_uri !== undefined };
}
