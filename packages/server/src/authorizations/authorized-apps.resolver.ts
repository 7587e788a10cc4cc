import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { unauthenticated } from '../errors/domain-error.js';
import { SESSION_ONLY } from '../toolkit/graphql/auth-checker.js';
import type { GraphQLContext } from '../toolkit/graphql/context.js';
import { AuthorizedOAuthAppType } from './authorized-app.type.js';
import type { AuthorizedAppsService } from './authorized-apps.service.js';

/** Settings → Authorized OAuth Applications. The signed-in session only, never an OAuth token. */
@Resolver()
export class AuthorizedAppsResolver {
  constructor(private readonly authorizedApps: AuthorizedAppsService) {}

  @Authorized(SESSION_ONLY)
  @Query(() => [AuthorizedOAuthAppType])
  async authorizedOAuthApps(@Ctx() ctx: GraphQLContext): Promise<AuthorizedOAuthAppType[]> {
    const apps = await this.authorizedApps.list(viewerId(ctx));
    return apps.map(AuthorizedOAuthAppType.from);
  }

  @Authorized(SESSION_ONLY)
  @Mutation(() => Boolean, {
    description: "Revokes the app's access to your account: its tokens and codes stop working",
  })
  async revokeAuthorizedOAuthApp(
    @Arg('clientId') clientId: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<boolean> {
    await this.authorizedApps.revoke(viewerId(ctx), clientId);
    return true;
  }
}

function viewerId({ principal }: GraphQLContext): string {
  if (!principal) throw unauthenticated();
  return principal.user.id;
}
