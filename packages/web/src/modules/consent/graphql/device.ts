import { graphql } from '../../../gql';
import type { DeviceAuthorizationQuery } from '../../../gql/graphql';

export type DeviceAuthorization = DeviceAuthorizationQuery['deviceAuthorization'];

export const DEVICE_AUTHORIZATION_QUERY = graphql(`
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
`);

export const APPROVE_DEVICE_MUTATION = graphql(`
  mutation ApproveDeviceAuthorization($userCode: String!) {
    approveDeviceAuthorization(userCode: $userCode)
  }
`);

export const DENY_DEVICE_MUTATION = graphql(`
  mutation DenyDeviceAuthorization($userCode: String!) {
    denyDeviceAuthorization(userCode: $userCode)
  }
`);
