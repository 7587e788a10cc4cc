import { Field, ObjectType } from 'type-graphql';
import { AppIdentityType } from '../consent/app-identity.type.js';
import { ConsentScopeType } from '../consent/consent.types.js';
import type { DeviceConsentView } from './device-consent.service.js';

@ObjectType('DeviceAuthorization', {
  description: 'A device’s request for access, found by the code it shows (RFC 8628 §3.3)',
})
export class DeviceAuthorizationType {
  @Field(() => String, { description: 'The user code, as the device shows it (XXXX-XXXX)' })
  userCode: string;

  @Field(() => [ConsentScopeType], { description: 'What the app asks to do, in plain words' })
  scopes: ConsentScopeType[];

  @Field(() => AppIdentityType, { description: 'Who the app is' })
  app: AppIdentityType;

  static from(view: DeviceConsentView): DeviceAuthorizationType {
    return Object.assign(new DeviceAuthorizationType(), {
      userCode: view.userCode,
      scopes: view.scopes.map((s) =>
        Object.assign(new ConsentScopeType(), { name: s.name, description: s.description }),
      ),
      app: AppIdentityType.from(view.app),
    });
  }
}
