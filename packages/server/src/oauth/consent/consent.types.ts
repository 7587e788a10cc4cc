import { Field, ID, ObjectType } from 'type-graphql';
import { AppIdentityType } from './app-identity.type.js';
import type { ConsentView } from './consent.service.js';

@ObjectType('ConsentScope', { description: 'A scope the app asks for' })
export class ConsentScopeType {
  @Field({ description: 'The scope: read, write or delete' })
  name: string;

  @Field({ description: 'What the scope allows, in plain words' })
  description: string;
}

/** What the consent page shows: the app, its owner, the scopes in plain words, the redirect host. */
@ObjectType('AuthorizationRequest', {
  description: 'An app’s request for access, waiting for the user’s consent',
})
export class AuthorizationRequestType {
  @Field(() => ID, { description: 'The request’s id, from the consent page’s request_id' })
  id: string;

  @Field({ description: 'The app’s client id' })
  clientId: string;

  @Field({ description: 'The app’s name' })
  appName: string;

  @Field({ description: 'Display name of the app’s owner' })
  ownerName: string;

  @Field(() => [ConsentScopeType], { description: 'The scopes the app asks for' })
  scopes: ConsentScopeType[];

  @Field({ description: 'The host the answer goes back to' })
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

@ObjectType('RedirectPayload', { description: 'Where the browser goes next' })
export class RedirectPayloadType {
  @Field({ description: 'The redirect URI with the code or the error (RFC 6749 §4.1.2)' })
  redirectTo: string;

  static to(location: string): RedirectPayloadType {
    return Object.assign(new RedirectPayloadType(), { redirectTo: location });
  }
}
