import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { ownedApp, connection } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { CREATE_APP_MUTATION, REVEAL_SECRET_MUTATION } from '../graphql/mutations';
import { OWNED_APPS_QUERY } from '../graphql/queries';
import OwnedAppsPage from './OwnedAppsPage';

function listMock(apps = [ownedApp()]): MockLink.MockedResponse {
  return {
    request: { query: OWNED_APPS_QUERY },
    result: { data: { ownedOAuthAppsConnection: connection('OAuthAppConnection', apps) } },
  };
}

describe('OwnedAppsPage', () => {
  it('lists each app with its client id, type, created and last-used dates', async () => {
    renderWithProviders(<OwnedAppsPage />, {
      mocks: [
        listMock([
          ownedApp(),
          ownedApp({ clientId: 'cid_public', name: 'CLI', requireSecret: false }),
        ]),
      ],
    });

    const list = await screen.findByRole('list', { name: 'Your OAuth applications' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    const weather = items.find((item) => item.textContent?.includes('Weather Sync'));
    if (!weather) throw new Error('Weather Sync is not listed');
    expect(within(weather).getByRole('link', { name: 'Weather Sync' })).toHaveAttribute(
      'href',
      '/settings/development/apps/cid_4f9a2b7c1d',
    );
    expect(within(weather).getByText('cid_4f9a2b7c1d')).toBeVisible();
    const clientIdGroup = within(weather).getByRole('group', { name: 'Client ID' });
    expect(
      within(clientIdGroup).getByRole('button', { name: 'Copy client ID of Weather Sync' }),
    ).toBeVisible();
    const secretGroup = within(weather).getByRole('group', { name: 'Client secret' });
    expect(within(secretGroup).getByText('••••••••')).toBeVisible();
    expect(
      within(secretGroup).getByRole('button', { name: 'Copy client secret of Weather Sync' }),
    ).toBeVisible();
    expect(
      within(secretGroup).getByRole('button', { name: 'Reveal client secret of Weather Sync' }),
    ).toBeVisible();
    expect(
      within(secretGroup).getByRole('button', { name: 'Rotate secret of Weather Sync' }),
    ).toBeVisible();
    expect(within(weather).getByText('Confidential')).toBeVisible();
    expect(within(weather).getByText('Never')).toBeVisible();
    expect(screen.getByText('Public')).toBeVisible();
  });

  it('reveals a secret from the list, where it is hidden by default', async () => {
    const { user } = renderWithProviders(<OwnedAppsPage />, {
      mocks: [
        listMock(),
        {
          request: { query: REVEAL_SECRET_MUTATION, variables: { clientId: 'cid_4f9a2b7c1d' } },
          result: {
            data: {
              revealOAuthAppSecret: {
                __typename: 'OAuthAppSecretPayload',
                app: ownedApp(),
                clientSecret: 'bnd_cs_listed',
              },
            },
          },
        },
      ],
    });

    await user.click(
      await screen.findByRole('button', { name: 'Reveal client secret of Weather Sync' }),
    );
    expect(await screen.findByText('bnd_cs_listed')).toBeVisible();
  });

  it('shows a designed empty state', async () => {
    renderWithProviders(<OwnedAppsPage />, { mocks: [listMock([])] });
    expect(await screen.findByText('No OAuth applications yet')).toBeVisible();
  });

  it('shows an error with a retry that loads the list', async () => {
    const { user } = renderWithProviders(<OwnedAppsPage />, {
      mocks: [{ request: { query: OWNED_APPS_QUERY }, error: new Error('offline') }, listMock()],
    });

    expect(await screen.findByText('Your applications could not be loaded')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: 'Weather Sync' })).toBeVisible();
  });

  it('creates an app and shows its credentials once', async () => {
    const created = ownedApp({ clientId: 'cid_new', name: 'Billing Bot' });
    const { user } = renderWithProviders(<OwnedAppsPage />, {
      mocks: [
        listMock([]),
        {
          request: {
            query: CREATE_APP_MUTATION,
            variables: {
              input: {
                name: 'Billing Bot',
                redirectUris: ['https://billing.example/cb'],
                requireSecret: true,
              },
            },
          },
          result: {
            data: {
              createOAuthApp: {
                __typename: 'OAuthAppSecretPayload',
                app: created,
                clientSecret: 'bnd_cs_once',
              },
            },
          },
        },
      ],
    });

    await screen.findByText('No OAuth applications yet');
    await user.click(screen.getByRole('button', { name: 'Create application' }));
    await user.type(screen.getByLabelText('Name'), 'Billing Bot');
    await user.type(screen.getByLabelText('Redirect URI 1'), 'https://billing.example/cb');
    await user.click(screen.getByRole('switch', { name: 'Require a client secret' }));
    await user.click(screen.getByRole('button', { name: 'Create application' }));

    const panel = await screen.findByRole('region', { name: 'Billing Bot is ready' });
    expect(within(panel).getByText('cid_new')).toBeVisible();
    expect(within(panel).getByText('bnd_cs_once')).toBeVisible();
    expect(panel).toHaveTextContent(
      'You can reveal or copy it again later in the app settings; each time is recorded in the activity log.',
    );
    expect(panel).not.toHaveTextContent(/shown once/);
    expect(await screen.findByRole('link', { name: 'Billing Bot' })).toBeVisible();

    await user.click(within(panel).getByRole('button', { name: 'Done' }));
    expect(screen.queryByText('bnd_cs_once')).not.toBeInTheDocument();
  });
});
