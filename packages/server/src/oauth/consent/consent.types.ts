import { Field, ID, ObjectType } from 'type-graphql';
import { AppIdentityType } from './app-identity.type.js';
import type { ConsentView } from './consent.service.js';

@ObjectType('ConsentScope')
export class ConsentScopeType {
  @Field()
  name: string;

  @Field()
  description: string;
}

/** What the consent page shows: the app, its owner, the scopes in plain words, the redirect host. */
@ObjectType('AuthorizationRequest')
export class AuthorizationRequestType {
  @Field(() => ID)
  id: string;

  @Field()
  clientId: string;

  @Field()
  appName: string;

  @Field()
  ownerName: string;

  @Field(() => [ConsentScopeType])
  scopes: ConsentScopeType[];

  @Field()
  redirectHost: string;

  @Field(() => AppIdentityType, {
    description: 'Who the app is: description, links, owner, age, users',
  })
  app: AppIdentityType;

  static from(view: ConsentView): AuthorizationRequestType {
    return Object.assign(new AuthorizationRequestType(), {
      id: view.id,
      clientId: view.clientId,
      appName: view.appName,
      ownerName: view.ownerName,
      scopes: view.scopes.map((s) =>
        Object.assign(new ConsentScopeType(), { name: s.name, description: s.description }),
      ),
      redirectHost: view.redirectHost,
      app: AppIdentityType.from(view.app),
    });
  }
}

@ObjectType('RedirectPayload')
export class RedirectPayloadType {
  @Field()
  redirectTo: string;

  static to(location: string): RedirectPayloadType {
    return Object.assign(new RedirectPayloadType(), { redirectTo: location });
  }
}
