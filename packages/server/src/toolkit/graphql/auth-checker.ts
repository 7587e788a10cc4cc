import { GraphQLError } from 'graphql';
import type { AuthChecker } from 'type-graphql';
import { isScope } from '@bnder/shared';
import type { GraphQLContext } from './context.js';

/** Role that only the signed-in session satisfies: an OAuth token is refused whatever its scopes. */
export const SESSION_ONLY = 'SESSION_ONLY';

/**
 * `@Authorized()` needs any principal; `@Authorized('read')` needs that scope from a bearer
 * token (a session holds every scope); `@Authorized(SESSION_ONLY)` needs the cookie session.
 */
export const authChecker: AuthChecker<GraphQLContext> = ({ context }, roles) => {
  const principal = context.principal;
  if (!principal)
    throw new GraphQLError('Sign in to continue', { extensions: { code: 'UNAUTHENTICATED' } });
  if (principal.kind === 'session') return true;
  if (roles.includes(SESSION_ONLY)) {
    throw new GraphQLError(
      'This action needs your signed-in Bnder session; an OAuth token cannot perform it',
      {
        extensions: { code: 'FORBIDDEN' },
      },
    );
  }
  const missing = roles.filter(isScope).filter((scope) => !principal.scopes.includes(scope));
  if (missing.length > 0) {
    throw new GraphQLError(`The token lacks the ${missing.join(' ')} scope`, {
      extensions: { code: 'FORBIDDEN', requiredScope: missing.join(' ') },
    });
  }
  return true;
};
