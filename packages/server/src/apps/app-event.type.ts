import { Field, ID, ObjectType } from 'type-graphql';
import type { AppActivityEntry } from './app-activity.service.js';

/** One entry of an app's activity log, for its owner. It never holds a secret. */
@ObjectType('OAuthAppEvent')
export class OAuthAppEventType {
  @Field(() => ID)
  id: string;

  @Field(() => String, {
    description:
      'CREATED, RENAMED, REDIRECT_URIS_CHANGED, SECRET_REVEALED, SECRET_COPIED, SECRET_ROTATED, ' +
      'SECRET_REQUIRED_ON, SECRET_REQUIRED_OFF, DELETED, SECRET_IN_AUTHORIZE_LINK, ' +
      'REFRESH_TOKEN_REUSE, CODE_REPLAY, IDENTITY_CHANGED, DEVICE_FLOW_ON or DEVICE_FLOW_OFF',
  })
  type: string;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => String, { nullable: true, description: 'Who acted; null when the system did' })
  actorName: string | null;

  @Field(() => String, { nullable: true })
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
