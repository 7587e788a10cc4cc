import type { AppEventType } from '@bnder/shared';
import type {
  CreateOAuthAppMutation,
  AppEventFieldsFragment,
  OAuthAppEventType,
  OwnedAppFieldsFragment,
} from '../../../gql/graphql';

/** The names the components use for the generated operation types. */
export type OwnedApp = OwnedAppFieldsFragment;
export type SecretPayload = CreateOAuthAppMutation['createOAuthApp'];
export type AppEvent = AppEventFieldsFragment;
export type { AppEventType };

// The server builds its OAuthAppEventType enum from the shared list: this fails to compile if
// the schema the web was generated from and the shared list ever disagree.
type SameUnion<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const eventTypesMatchSchema: SameUnion<AppEventType, OAuthAppEventType> = true;
void eventTypesMatchSchema;
