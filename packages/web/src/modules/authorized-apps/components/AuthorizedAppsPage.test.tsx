import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { renderWithProviders } from '../../../test/render';
import {
  AUTHORIZED_APPS_QUERY,
  REVOKE_ACCESS_MUTATION,
  type AuthorizedApp,
} from '../graphql/authorized-apps';
import AuthorizedAppsPage from './AuthorizedAppsPage';
import { connection } from '../../../test/fixtures';

const notes: AuthorizedApp = {
  __typename: 'AuthorizedOAuthApp',
  clientId: 'cid_notes',
  name: 'Notes Sync',
  ownerName: 'Grace',
  scopes: ['read', 'write'],
  legacy: false,
  authorizedAt: '2025-02-01T08:00:00.000Z',
  lastUsedAt: null,
  tokenLeakedAt: null,
  suspended: false,
};
const old: AuthorizedApp = {
  ...notes,
  clientId: 'cid_old',
  name: 'Old Reader',
  legacy: true,
  scopes: ['read'],
};

function listMock(apps: AuthorizedApp[]): MockLink.MockedResponse {
  return {
    request: { query: AUTHORIZED_APPS_QUERY },
    result: {
      data: { authorizedOAuthAppsConnection: connection('AuthorizedOAuthAppConnection', apps) },
    },
  };
}

describe('AuthorizedAppsPage', () => {
  it('explains that the list is separate from owned apps and shows each grant', async () => {
    renderWithProviders(<AuthorizedAppsPage />, { mocks: [listMock([notes, old])] });

    expect(screen.getByText(/This list is separate from the applications you own/)).toBeVisible();
    const item = (await screen.findByRole('heading', { name: 'Notes Sync' })).closest('li');
    if (!item) throw new Error('no list item');
    expect(within(item).getByText('by Grace')).toBeVisible();
    expect(within(item).getByText('read')).toBeVisible();
    expect(within(item).getByText('write')).toBeVisible();
    expect(within(item).getByText('Never')).toBeVisible();
    expect(within(item).queryByText('Read-only until re-authorized')).not.toBeInTheDocument();
    expect(screen.getByText('Read-only until re-authorized')).toBeVisible();
  });

  it('says in words what the identity scopes let the app learn', async () => {
    const signIn = {
      ...notes,
      clientId: 'cid_sso',
      name: 'Team Wiki',
      scopes: ['read', 'openid', 'email'],
    };
    renderWithProviders(<AuthorizedAppsPage />, { mocks: [listMock([signIn])] });
    const item = (await screen.findByRole('heading', { name: 'Team Wiki' })).closest('li');
    if (!item) throw new Error('no list item');
    expect(within(item).getByText('openid')).toBeVisible();
    expect(within(item).getByText(/Sign you in as your Bnder account/)).toBeVisible();
    expect(within(item).getByText(/See your email address/)).toBeVisible();
    expect(within(item).queryByText(/See your name/)).not.toBeInTheDocument();
  });

  it('shows an empty state', async () => {
    renderWithProviders(<AuthorizedAppsPage />, { mocks: [listMock([])] });
    expect(await screen.findByText('No authorized applications')).toBeVisible();
  });

  it('revokes access after confirming', async () => {
    const { user } = renderWithProviders(<AuthorizedAppsPage />, {
      mocks: [
        listMock([notes]),
        {
          request: { query: REVOKE_ACCESS_MUTATION, variables: { clientId: 'cid_notes' } },
          result: { data: { revokeAuthorizedOAuthApp: true } },
        },
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Revoke access for Notes Sync' }));
    const dialog = screen.getByRole('dialog', { name: 'Revoke access for Notes Sync?' });
    expect(dialog).toHaveTextContent('loses access to your Bnder account at once');
    await user.click(within(dialog).getByRole('button', { name: 'Revoke access' }));

    expect(await screen.findByText('Access revoked for Notes Sync.')).toBeVisible();
    // The card leaves with the cache update, which may land a render after the message.
    await waitFor(() =>
      expect(screen.queryByRole('heading', { name: 'Notes Sync' })).not.toBeInTheDocument(),
    );
  });
});
