import { Arg, Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import type { AppStore } from '../../apps/app.store.js';
import type { GraphQLContext } from '../../toolkit/graphql/context.js';
import type { DeviceConsentService } from '../device/device-consent.service.js';

@ObjectType('RequestingOAuthApp', {
  description: 'The app a sign-in was started for, so the sign-in page can name it',
})
export class RequestingAppType {
  @Field(() => String, { description: 'The app’s name' })
  name: string;
}

/**
 * The sign-in page, reached from an authorize link or a device code, names the app that asks.
 * It needs no session: only the name is told, and unknown user codes count against the IP
 * (RFC 8628 §5.1).
 */
@Resolver()
export class RequestingAppResolver {
  constructor(
    private readonly clients: AppStore,
    private readonly deviceConsent: DeviceConsentService,
  ) {}

  @Query(() => RequestingAppType, {
    nullable: true,
    description: 'The app behind an authorize link’s client_id or a device’s user code',
  })
  async requestingOAuthApp(
    @Arg('clientId', () => String, {
      nullable: true,
      description: 'The client_id of the authorize link the sign-in came from',
    })
    clientId: string | null,
    @Arg('userCode', () => String, {
      nullable: true,
      description: 'The user code the device shows (RFC 8628 §3.3)',
    })
    userCode: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<RequestingAppType | null> {
    const app = clientId
      ? await this.clients.findByClientId(clientId)
      : userCode
        ? await this.deviceConsent.appFor(userCode, { sessionKey: null, ip: ctx.ip })
        : null;
    return app ? Object.assign(new RequestingAppType(), { name: app.name }) : null;
  }
}
