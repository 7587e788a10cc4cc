import { graphql } from '../../../gql';

export const REQUESTING_APP_QUERY = graphql(`
  query RequestingOAuthApp($clientId: String, $userCode: String) {
    requestingOAuthApp(clientId: $clientId, userCode: $userCode) {
      name
    }
  }
`);
