import { gql, type TypedDocumentNode } from '@apollo/client';
import { APP_IDENTITY_FIELDS, type AppIdentity, type ConsentScope } from './consent';

export interface DeviceAuthorization {
  __typename?: 'DeviceAuthorization';
  userCode: string;
  scopes: ConsentScope[];
  app: AppIdentity;
}

export const DEVICE_AUTHORIZATION_QUERY: TypedDocumentNode<
  { deviceAuthorization: DeviceAuthorization },
  { userCode: string }
> = gql`
  query DeviceAuthorization($userCode: String!) {
    deviceAuthorization(userCode: $userCode) {
      userCode
      scopes {
        name
        description
      }
      app {
        ...AppIdentityFields
      }
    }
  }
  ${APP_IDENTITY_FIELDS}
`;

type DeviceDecision = TypedDocumentNode<Record<string, boolean>, { userCode: string }>;

export const APPROVE_DEVICE_MUTATION: DeviceDecision = gql`
  mutation ApproveDeviceAuthorization($userCode: String!) {
    approveDeviceAuthorization(userCode: $userCode)
  }
`;

export const DENY_DEVICE_MUTATION: DeviceDecision = gql`
  mutation DenyDeviceAuthorization($userCode: String!) {
    denyDeviceAuthorization(userCode: $userCode)
  }
`;
