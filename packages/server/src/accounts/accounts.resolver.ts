import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../toolkit/graphql/context.js';
import { forbidden } from '../errors/domain-error.js';
import { hasScope, requireProfile } from '../toolkit/principal.js';
import { SignInInput, SignUpInput } from './accounts.inputs.js';
import type { AccountsService } from './accounts.service.js';
import type { SessionsService } from './sessions.service.js';
import { UserType } from './user.type.js';

@Resolver()
export class AccountsResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly sessions: SessionsService,
  ) {}

  @Query(() => UserType, {
    nullable: true,
    description: 'Who is calling: the signed-in user or the token’s user; null when signed out',
  })
  viewer(@Ctx() { principal }: GraphQLContext): UserType | null {
    // A bearer token reads the profile only with the read scope (scopes are independent).
    if (principal && !hasScope(principal, 'read'))
      throw forbidden('The token lacks the read scope');
    return principal ? UserType.from(requireProfile(principal)) : null;
  }

  @Mutation(() => UserType, {
    description: 'Creates an account and signs it in (sets the session cookie)',
  })
  async signUp(
    @Arg('input', { description: 'The new account' }) input: SignUpInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<UserType> {
    refuseBearer(ctx);
    const user = await this.accounts.signUp({ ...input, ip: ctx.ip });
    await this.startSession(user.id, ctx);
    return UserType.from(user);
  }

  @Mutation(() => UserType, { description: 'Signs in and sets the session cookie' })
  async signIn(
    @Arg('input', { description: 'Email and password' }) input: SignInInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<UserType> {
    refuseBearer(ctx);
    const user = await this.accounts.signIn({ ...input, ip: ctx.ip });
    await this.startSession(user.id, ctx);
    return UserType.from(user);
  }

  @Mutation(() => Boolean, { description: 'Ends the browser session and clears its cookie' })
  async signOut(@Ctx() ctx: GraphQLContext): Promise<boolean> {
    if (ctx.principal?.kind === 'session') await this.sessions.end(ctx.principal.sessionCookie);
    ctx.session.clear();
    return true;
  }

  private async startSession(userId: string, ctx: GraphQLContext): Promise<void> {
    if (ctx.principal?.kind === 'session') await this.sessions.end(ctx.principal.sessionCookie);
    const { cookieValue, expiresAt } = await this.sessions.start(userId);
    ctx.session.set(cookieValue, expiresAt);
  }
}

function refuseBearer(ctx: GraphQLContext): void {
  if (ctx.principal?.kind === 'token')
    throw forbidden('Sign in with your browser session, not an OAuth token');
}
