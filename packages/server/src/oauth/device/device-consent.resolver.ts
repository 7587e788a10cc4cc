import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { sha256Hex } from '../../crypto/tokens.js';
import { unauthenticated } from '../../errors/domain-error.js';
import { SESSION_ONLY } from '../../toolkit/graphql/auth-checker.js';
import type { GraphQLContext } from '../../toolkit/graphql/context.js';
import type { DeviceConsentService } from './device-consent.service.js';
import { DeviceAuthorizationType } from './device-consent.types.js';
import type { CodeTypist } from './wrong-user-codes.js';

/**
 * The /device page's API. Like the code flow's consent, only the signed-in session may see or
 * answer a device's request: an OAuth token gets FORBIDDEN.
 */
@Resolver()
export class DeviceConsentResolver {
  constructor(private readonly consent: DeviceConsentService) {}

  @Authorized(SESSION_ONLY)
  @Query(() => DeviceAuthorizationType, {
    description: 'The pending device request with this user code (case and dashes ignored)',
  })
  async deviceAuthorization(
    @Arg('userCode', () => String, {
      description: 'The user code the device shows (RFC 8628 §3.3)',
    })
    userCode: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<DeviceAuthorizationType> {
    return DeviceAuthorizationType.from(await this.consent.describe(userCode, typist(ctx)));
  }

  @Authorized(SESSION_ONLY)
  @Mutation(() => Boolean, {
    description: 'Authorize the device: its next poll of the token endpoint gets tokens',
  })
  async approveDeviceAuthorization(
    @Arg('userCode', () => String, {
      description: 'The user code the device shows (RFC 8628 §3.3)',
    })
    userCode: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<boolean> {
    const session = signedIn(ctx);
    await this.consent.approve(
      userCode,
      { userId: session.user.id, authTime: session.authenticatedAt },
      typist(ctx),
    );
    return true;
  }

  @Authorized(SESSION_ONLY)
  @Mutation(() => Boolean, {
    description: 'Refuse the device: its next poll of the token endpoint gets access_denied',
  })
  async denyDeviceAuthorization(
    @Arg('userCode', () => String, {
      description: 'The user code the device shows (RFC 8628 §3.3)',
    })
    userCode: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<boolean> {
    await this.consent.deny(userCode, typist(ctx));
    return true;
  }
}

function signedIn(ctx: GraphQLContext) {
  if (ctx.principal?.kind !== 'session') throw unauthenticated();
  return ctx.principal;
}

function typist(ctx: GraphQLContext): CodeTypist {
  return { sessionKey: sha256Hex(signedIn(ctx).sessionCookie), ip: ctx.ip };
}
