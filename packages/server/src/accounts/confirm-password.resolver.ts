import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { unauthenticated } from '../errors/domain-error.js';
import { SESSION_ONLY } from '../toolkit/graphql/auth-checker.js';
import type { GraphQLContext } from '../toolkit/graphql/context.js';
import type { AccountsService } from './accounts.service.js';
import type { SessionsService } from './sessions.service.js';

/** Sudo mode: the signed-in user proves their password again before a sensitive app action. */
@Resolver()
export class ConfirmPasswordResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly sessions: SessionsService,
  ) {}

  @Authorized(SESSION_ONLY)
  @Mutation(() => Boolean, {
    description:
      'Confirms the password of the signed-in user, so revealing, rotating or turning off a ' +
      'client secret and deleting an app are allowed again for a while (sudo mode)',
  })
  async confirmPassword(
    @Arg('password', () => String) password: string,
    @Ctx() { principal, ip }: GraphQLContext,
  ): Promise<boolean> {
    if (principal?.kind !== 'session') throw unauthenticated();
    await this.accounts.confirmPassword({ userId: principal.user.id, password, ip });
    await this.sessions.markAuthenticated(principal.sessionCookie);
    return true;
  }
}
