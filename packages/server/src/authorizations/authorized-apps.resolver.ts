import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { unauthenticated } from '../errors/domain-error.js';
import { SESSION_ONLY } from '../toolkit/graphql/auth-checker.js';
import { PageArgs, connectionType, toConnection } from '../toolkit/graphql/connection.js';
import type { GraphQLContext } from '../toolkit/graphql/context.js';
import { AuthorizedOAuthAppType } from './authorized-app.type.js';
import type { AuthorizedAppsService } from './authorized-apps.service.js';

const AuthorizedOAuthAppConnection = connectionType(
  AuthorizedOAuthAppType,
  'AuthorizedOAuthAppConnection',
  'the apps you authorized',
);
type AuthorizedOAuthAppConnection = InstanceType<typeof AuthorizedOAuthAppConnection>;

/** Settings → Authorized OAuth Applications. The signed-in session only, never an OAuth token. */
@Resolver()
export class AuthorizedAppsResolver {
  constructor(private readonly authorizedApps: AuthorizedAppsService) {}

  @Authorized(SESSION_ONLY)
  @Query(() => [AuthorizedOAuthAppType], {
    description:
      'The apps you authorized to act on your account, most recent first: one page ' +
      '(authorizedOAuthAppsConnection says if more follow)',
  })
  async authorizedOAuthApps(
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AuthorizedOAuthAppType[]> {
    return (await this.authorizedOAuthAppsConnection(page, ctx)).nodes;
  }

  @Authorized(SESSION_ONLY)
  @Query(() => AuthorizedOAuthAppConnection, {
    description: 'The apps you authorized, most recent first, a page at a time',
  })
  async authorizedOAuthAppsConnection(
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AuthorizedOAuthAppConnection> {
    const found = await this.authorizedApps.list(viewerId(ctx), PageArgs.toRequest(page));
    return toConnection(found, AuthorizedOAuthAppType.from);
  }

  @Authorized(SESSION_ONLY)
  @Mutation(() => Boolean, {
    description: "Revokes the app's access to your account: its tokens and codes stop working",
  })
  async revokeAuthorizedOAuthApp(
    @Arg('clientId', { description: 'The app’s client id' }) clientId: string,
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
