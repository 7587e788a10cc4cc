import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { SESSION_ONLY } from '../../toolkit/graphql/auth-checker.js';
import type { GraphQLContext } from '../../toolkit/graphql/context.js';
import { unauthenticated } from '../../errors/domain-error.js';
import type { ConsentService } from './consent.service.js';
import { AuthorizationRequestType, RedirectPayloadType } from './consent.types.js';

/** The consent page's API. Only the signed-in session may see or answer a request. */
@Resolver()
export class ConsentResolver {
  constructor(private readonly consent: ConsentService) {}

  @Authorized(SESSION_ONLY)
  @Query(() => AuthorizationRequestType)
  async authorizationRequest(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AuthorizationRequestType> {
    return AuthorizationRequestType.from(await this.consent.describe(id, userIdOf(ctx)));
  }

  @Authorized(SESSION_ONLY)
  @Mutation(() => RedirectPayloadType)
  async approveAuthorization(
    @Arg('requestId', () => ID) requestId: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<RedirectPayloadType> {
    return RedirectPayloadType.to(await this.consent.approve(requestId, userIdOf(ctx)));
  }

  @Authorized(SESSION_ONLY)
  @Mutation(() => RedirectPayloadType)
  async denyAuthorization(
    @Arg('requestId', () => ID) requestId: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<RedirectPayloadType> {
    return RedirectPayloadType.to(await this.consent.deny(requestId, userIdOf(ctx)));
  }
}

function userIdOf(ctx: GraphQLContext): string {
  if (ctx.principal?.kind !== 'session') throw unauthenticated();
  return ctx.principal.user.id;
}
