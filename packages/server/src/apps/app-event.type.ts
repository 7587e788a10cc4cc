import { APP_EVENT_TYPES, type AppEventType } from '@bnder/shared';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { AppActivityEntry } from './app-activity.service.js';

/** type-graphql takes an enum as an object: each shared event type maps to itself. */
const AppEventTypeEnum = Object.fromEntries(APP_EVENT_TYPES.map((type) => [type, type])) as {
  [T in AppEventType]: T;
};

const EVENT_DESCRIPTIONS: Record<AppEventType, string> = {
  CREATED: 'The owner created the app',
  RENAMED: 'The owner renamed the app',
  REDIRECT_URIS_CHANGED: 'The owner changed the redirect URIs',
  SECRET_REVEALED: 'The owner revealed the client secret',
  SECRET_COPIED: 'The owner copied the client secret',
  SECRET_ROTATED: "The owner rotated the client secret, signing out the app's sessions",
  SECRET_REQUIRED_ON: 'The owner turned on Require a client secret',
  SECRET_REQUIRED_OFF:
    "The owner turned off Require a client secret: the secret was deleted and the app's sessions signed out",
  DELETED: 'The owner deleted the app',
  SECRET_IN_AUTHORIZE_LINK:
    'The client secret was seen in an authorize link, which was refused: rotate the secret',
  REFRESH_TOKEN_REUSE:
    'A refresh token was used again after it was replaced (RFC 9700 §4.14.2): its sessions were signed out',
  CODE_REPLAY:
    'An authorization code was used twice (RFC 6749 §4.1.2): the tokens it issued were revoked',
  IDENTITY_CHANGED:
    'The owner changed what the consent page says about the app (description or links)',
  DEVICE_FLOW_ON: 'The owner turned on Allow device flow (RFC 8628)',
  DEVICE_FLOW_OFF: 'The owner turned off Allow device flow',
  SECRET_REPORTED_LEAKED:
    'The client secret was reported found in public (the detail says where): rotate the secret',
  SECRET_ROTATED_ON_LEAK:
    "The leaked client secret was rotated automatically, signing out the app's sessions",
  APP_SUSPENDED: 'Bnder suspended the app: its tokens were revoked (the detail gives the reason)',
  APP_UNSUSPENDED: 'Bnder lifted the suspension; revoked tokens stay revoked',
  ROTATE_ON_LEAK_ON: 'The owner turned on Rotate automatically when the secret leaks',
  ROTATE_ON_LEAK_OFF: 'The owner turned off Rotate automatically when the secret leaks',
  PUSHED_REQUESTS_REQUIRED_ON:
    'The owner turned on Require pushed authorization requests (RFC 9126)',
  PUSHED_REQUESTS_REQUIRED_OFF: 'The owner turned off Require pushed authorization requests',
  DPOP_REQUIRED_ON: 'The owner turned on Require DPoP (RFC 9449)',
  DPOP_REQUIRED_OFF: 'The owner turned off Require DPoP',
  ID_TOKEN_SIGNING_ALG_CHANGED:
    'The owner changed the ID token signing algorithm (the detail gives the old and the new one)',
};

registerEnumType(AppEventTypeEnum, {
  name: 'OAuthAppEventType',
  description: "What an entry of an app's activity log records",
  valuesConfig: Object.fromEntries(
    APP_EVENT_TYPES.map((type) => [type, { description: EVENT_DESCRIPTIONS[type] }]),
  ),
});

/** One entry of an app's activity log, for its owner. It never holds a secret. */
@ObjectType('OAuthAppEvent', { description: "One entry of an app's activity log" })
export class OAuthAppEventType {
  @Field(() => ID, { description: 'The entry’s id' })
  id: string;

  @Field(() => AppEventTypeEnum, { description: 'What happened' })
  type: AppEventType;

  @Field(() => Date, { description: 'When it happened' })
  createdAt: Date;

  @Field(() => String, { nullable: true, description: 'Who acted; null when the system did' })
  actorName: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'What changed, in words (a name, the redirect URIs added and removed); never a secret',
  })
  detail: string | null;

  static from(entry: AppActivityEntry): OAuthAppEventType {
    return Object.assign(new OAuthAppEventType(), {
      id: entry.id,
      type: entry.type,
      createdAt: entry.createdAt,
      actorName: entry.actorName,
      detail: entry.detail,
    });
  }
}
