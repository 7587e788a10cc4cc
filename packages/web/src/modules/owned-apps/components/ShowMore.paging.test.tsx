import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { connection, ownedApp } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import {
  APP_ACTIVITY_QUERY,
  OLDER_APP_ACTIVITY_QUERY,
  OLDER_OWNED_APPS_QUERY,
  OWNED_APPS_QUERY,
} from '../graphql/queries';
import type { AppEvent } from '../graphql/types';
import { ActivityLog } from './ActivityLog';
import { OwnedAppsList } from './OwnedAppsList';

const newer = ownedApp({ clientId: 'cid_newer', name: 'Newer', createdAt: '2025-02-01T00:00:00Z' });
const older = ownedApp({ clientId: 'cid_older', name: 'Older', createdAt: '2025-01-01T00:00:00Z' });

function event(id: string, type: AppEvent['type']): AppEvent {
  return {
    __typename: 'OAuthAppEvent',
    id,
    type,
    createdAt: '2025-01-10T09:30:00.000Z',
    actorName: 'Ada',
    detail: null,
  };
}

describe('Show more under the owned apps', () => {
  it('loads the next page after the first and hides once the last is shown', async () => {
    const { user } = renderWithProviders(<OwnedAppsList />, {
      mocks: [
        {
          request: { query: OWNED_APPS_QUERY },
          result: {
            data: { ownedOAuthAppsConnection: connection('OAuthAppConnection', [newer], 'c1') },
          },
        },
        {
          request: { query: OLDER_OWNED_APPS_QUERY, variables: { after: 'c1' } },
          result: { data: { ownedOAuthAppsConnection: connection('OAuthAppConnection', [older]) } },
        },
      ],
    });
    const list = await screen.findByRole('list', { name: 'Your OAuth applications' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Show more' }));
    expect(await within(list).findByRole('link', { name: 'Older' })).toBeVisible();
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
  });

  it('says when the next page could not be loaded, and lets the user try again', async () => {
    const { user } = renderWithProviders(<OwnedAppsList />, {
      mocks: [
        {
          request: { query: OWNED_APPS_QUERY },
          result: {
            data: { ownedOAuthAppsConnection: connection('OAuthAppConnection', [newer], 'c1') },
          },
        },
        {
          request: { query: OLDER_OWNED_APPS_QUERY, variables: { after: 'c1' } },
          error: new Error('offline'),
        },
        {
          request: { query: OLDER_OWNED_APPS_QUERY, variables: { after: 'c1' } },
          result: { data: { ownedOAuthAppsConnection: connection('OAuthAppConnection', [older]) } },
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Show more' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/next page could not be loaded/);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: 'Older' })).toBeVisible();
  });
});

describe('Show older under the activity log', () => {
  it('loads the older entries of the log', async () => {
    const clientId = 'cid_4f9a2b7c1d';
    const { user } = renderWithProviders(<ActivityLog clientId={clientId} />, {
      mocks: [
        {
          request: { query: APP_ACTIVITY_QUERY, variables: { clientId } },
          result: {
            data: {
              oauthAppActivityConnection: connection(
                'OAuthAppEventConnection',
                [event('e2', 'RENAMED')],
                'c1',
              ),
            },
          },
        },
        {
          request: { query: OLDER_APP_ACTIVITY_QUERY, variables: { clientId, after: 'c1' } },
          result: {
            data: {
              oauthAppActivityConnection: connection('OAuthAppEventConnection', [
                event('e1', 'CREATED'),
              ]),
            },
          },
        },
      ],
    });
    const log = await screen.findByRole('list', { name: 'Activity, newest first' });
    expect(within(log).getAllByRole('listitem')).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Show older' }));
    // The older page joins the list a render after the button's query settles.
    await waitFor(() => expect(within(log).getAllByRole('listitem')).toHaveLength(2));
    expect(screen.queryByRole('button', { name: 'Show older' })).toBeNull();
  });
});
