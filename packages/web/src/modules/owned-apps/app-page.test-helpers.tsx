/** Mocks and a render helper for the app page's component tests. */
import { screen } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { ownedApp, connection } from '../../test/fixtures';
import { renderWithProviders } from '../../test/render';
import type { OwnedApp } from './graphql/types';
import { APP_ACTIVITY_QUERY, OWNED_APP_QUERY } from './graphql/queries';
import AppPage from './components/AppPage';

export const app = ownedApp();
export const clientId = app.clientId;
const always = Number.POSITIVE_INFINITY;

const events = [
  {
    __typename: 'OAuthAppEvent',
    id: 'e2',
    type: 'SECRET_IN_AUTHORIZE_LINK',
    createdAt: '2025-01-12T10:00:00.000Z',
    actorName: null,
    detail: null,
  },
  {
    __typename: 'OAuthAppEvent',
    id: 'e1',
    type: 'CREATED',
    createdAt: '2025-01-10T09:30:00.000Z',
    actorName: 'Ada',
    detail: null,
  },
];

function pageMocks(shown: OwnedApp = app): MockLink.MockedResponse[] {
  return [
    {
      request: { query: OWNED_APP_QUERY, variables: { clientId } },
      result: { data: { ownedOAuthApp: shown } },
      maxUsageCount: always,
    },
    {
      request: { query: APP_ACTIVITY_QUERY, variables: { clientId } },
      result: {
        data: { oauthAppActivityConnection: connection('OAuthAppEventConnection', events) },
      },
      maxUsageCount: always,
    },
  ];
}

export function secretPayload(
  field: string,
  secret: string | null,
  changes: Partial<OwnedApp> = {},
) {
  return {
    data: {
      [field]: {
        __typename: 'OAuthAppSecretPayload',
        app: { ...app, ...changes },
        clientSecret: secret,
      },
    },
  };
}

export function renderPage(extra: MockLink.MockedResponse[] = [], shown: OwnedApp = app) {
  return renderWithProviders(<AppPage />, {
    at: `/settings/development/apps/${clientId}`,
    path: '/settings/development/apps/:clientId',
    routes: { '/settings/development': <p>Owned apps list</p> },
    mocks: [...pageMocks(shown), ...extra],
  });
}

export const dialog = () => screen.getByRole('dialog');
