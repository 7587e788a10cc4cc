import type { DataSource } from 'typeorm';
import { SessionEntity } from '../accounts/session.entity.js';
import { UserEntity } from '../accounts/user.entity.js';
import { NoteEntity } from '../api/note.entity.js';
import { AppEventEntity } from '../apps/app-event.entity.js';
import { AppEntity } from '../apps/app.entity.js';
import type { ClusterOptions } from '../db/cluster/join-cluster.js';
import { openDatabase, type EntityList } from '../db/data-source.js';
import { AuthorizationCodeEntity } from '../grants/authorization-code.entity.js';
import { AuthorizationRequestEntity } from '../grants/authorization-request.entity.js';
import { AuthorizationEntity } from '../grants/authorization.entity.js';
import { DeviceAuthorizationEntity } from '../grants/device-authorization.entity.js';
import { PushedRequestEntity } from '../grants/pushed-request.entity.js';
import { GrantSignInEntity } from '../grants/grant-sign-in.entity.js';
import { SigningKeyEntity } from '../grants/signing-key.entity.js';
import { TokenEntity } from '../grants/token.entity.js';

/** Every table's entity, from the features that own them. */
export const ENTITIES: EntityList = [
  UserEntity,
  SessionEntity,
  AppEntity,
  AppEventEntity,
  AuthorizationEntity,
  AuthorizationRequestEntity,
  AuthorizationCodeEntity,
  TokenEntity,
  NoteEntity,
  DeviceAuthorizationEntity,
  PushedRequestEntity,
  SigningKeyEntity,
  GrantSignInEntity,
];

/** Opens Bnder's database with every entity, its schema brought up to date by the migrations. */
export const openBnderDatabase = (
  databaseUrl: string,
  cluster?: ClusterOptions,
): Promise<DataSource> => openDatabase(databaseUrl, ENTITIES, cluster);
