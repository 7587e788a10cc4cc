import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { connection } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { AUTHORIZED_APPS_QUERY, type AuthorizedApp } from '../graphql/authorized-apps';
import AuthorizedAppsPage from './AuthorizedAppsPage';

const app: AuthorizedApp = {
  __typename: 'AuthorizedOAuthApp',
  clientId: 'cid_notes',
  name: 'Notes Sync',
  ownerName: 'Grace',
  scopes: ['read'],
  legacy: false,
  authorizedAt: '2025-02-01T08:00:00.000Z',
  lastUsedAt: null,
  tokenLeakedAt: null,
  suspended: false,
};

function renderList(apps: AuthorizedApp[]) {
  renderWithProviders(<AuthorizedAppsPage />, {
    mocks: [
      {
        request: { query: AUTHORIZED_APPS_QUERY },
        result: {
          data: {
            authorizedOAuthAppsConnection: connection('AuthorizedOAuthAppConnection', apps),
          },
        },
      },
    ],
  });
}

describe('AuthorizedAppsPage with leaked tokens and suspended apps', () => {
  it('tells the user a token of the app was found in public and revoked', async () => {
    renderList([{ ...app, tokenLeakedAt: '2025-03-01T10:00:00.000Z' }]);
    const card = (await screen.findByRole('heading', { name: 'Notes Sync' })).closest('li');
    expect(card).not.toBeNull();
    expect(within(card as HTMLElement).getByText('Token found in public')).toBeVisible();
    expect(card).toHaveTextContent('A token of this app was found in public and revoked');
  });

  it('marks an app Bnder suspended', async () => {
    renderList([{ ...app, suspended: true }]);
    const card = (await screen.findByRole('heading', { name: 'Notes Sync' })).closest('li');
    expect(within(card as HTMLElement).getByText('Suspended by Bnder')).toBeVisible();
    expect(card).not.toHaveTextContent('found in public');
  });
});
