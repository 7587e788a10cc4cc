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

function authorized(clientId: string, name: string): AuthorizedApp {
  return {
    __typename: 'AuthorizedOAuthApp',
    clientId,
    name,
    ownerName: 'Grace',
    scopes: ['read'],
    legacy: false,
    authorizedAt: '2025-02-01T08:00:00.000Z',
    lastUsedAt: null,
    tokenLeakedAt: null,
    suspended: false,
  };
}

const first = authorized('cid_first', 'First App');
const second = authorized('cid_second', 'Second App');

function revokeMock(clientId: string): MockLink.MockedResponse {
  return {
    request: { query: REVOKE_ACCESS_MUTATION, variables: { clientId } },
    result: { data: { revokeAuthorizedOAuthApp: true } },
  };
}

describe('AuthorizedAppsPage after Revoke access', () => {
  it('moves focus to the next card, then to the heading, and announces each revoke', async () => {
    const { user } = renderWithProviders(<AuthorizedAppsPage />, {
      mocks: [
        {
          request: { query: AUTHORIZED_APPS_QUERY },
          result: {
            data: {
              authorizedOAuthAppsConnection: connection('AuthorizedOAuthAppConnection', [
                first,
                second,
              ]),
            },
          },
        },
        revokeMock('cid_first'),
        revokeMock('cid_second'),
      ],
    });
    const revokeFirst = await screen.findByRole('button', { name: 'Revoke access for First App' });
    const [status] = screen
      .getAllByRole('status')
      .filter((region) => region.getAttribute('aria-live') === 'polite');
    if (!status) throw new Error('no live region');
    expect(status).toBeEmptyDOMElement();

    await user.click(revokeFirst);
    await user.click(
      within(screen.getByRole('dialog')).getByRole('button', { name: 'Revoke access' }),
    );

    const next = await screen.findByRole('button', { name: 'Revoke access for Second App' });
    await waitFor(() => expect(next).toHaveFocus());
    expect(status).toHaveTextContent('Access revoked for First App.');

    await user.click(next);
    await user.click(
      within(screen.getByRole('dialog')).getByRole('button', { name: 'Revoke access' }),
    );

    const heading = screen.getByRole('heading', {
      level: 1,
      name: 'Authorized OAuth Applications',
    });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(status).toHaveTextContent('Access revoked for Second App.');
    expect(await screen.findByText('No authorized applications')).toBeVisible();
  });
});
