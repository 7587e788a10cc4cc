import type { OwnedApp } from '../modules/owned-apps/graphql/types';

export function ownedApp(overrides: Partial<OwnedApp> = {}): OwnedApp {
  return {
    __typename: 'OAuthApp',
    clientId: 'cid_4f9a2b7c1d',
    name: 'Weather Sync',
    redirectUris: ['https://weather.example/callback'],
    requireSecret: true,
    createdAt: '2025-01-10T09:30:00.000Z',
    updatedAt: '2025-01-10T09:30:00.000Z',
    lastUsedAt: null,
    authorizedUserCount: 3,
    secretLeakedAt: null,
    secretLeakUrl: null,
    rotateSecretOnLeak: false,
    suspendedAt: null,
    suspendedReason: null,
    allowDeviceFlow: false,
    requirePushedAuthorizationRequests: false,
    requireDpop: false,
    idTokenSignedResponseAlg: 'RS256',
    description: null,
    homepageUrl: null,
    privacyPolicyUrl: null,
    termsOfServiceUrl: null,
    ...overrides,
  };
}

/** One page of a GraphQL connection, the last one unless a next cursor is given. */
export function connection<T>(
  typename: string,
  nodes: readonly T[],
  endCursor: string | null = null,
) {
  return {
    __typename: typename,
    nodes,
    pageInfo: { __typename: 'PageInfo', hasNextPage: endCursor !== null, endCursor },
  };
}
