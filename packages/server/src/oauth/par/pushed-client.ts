import { REDIRECT_URI_MAX_LENGTH } from '@bnder/shared';
import type { AppEntity } from '../../apps/app.entity.js';
import type { TrustedClient } from '../authorize/check-client.js';
import { matchRedirectUri } from '../authorize/redirect-uri.js';
import { InvalidRequest } from '../errors.js';
import type { OAuthParams } from '../form.js';

/**
 * The authenticated client's redirect URI, checked as the authorize endpoint checks it (RFC 6749
 * §3.1.2.3). The client called directly, so a mismatch is told to it as `invalid_request`
 * (RFC 9126 §2.3) rather than on a page.
 */
export function pushedClient(app: AppEntity, params: OAuthParams): TrustedClient {
  const redirectUri = matchRedirectUri(app.redirectUris, params.redirect_uri);
  if (redirectUri === null || redirectUri.length > REDIRECT_URI_MAX_LENGTH)
    throw new InvalidRequest(
      params.redirect_uri === undefined
        ? 'redirect_uri is required, because the application registered several'
        : 'redirect_uri is not one the application registered',
    );
  return { app, redirectUri, redirectUriSent: params.redirect_uri !== undefined };
}
