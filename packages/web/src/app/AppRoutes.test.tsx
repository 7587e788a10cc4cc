import { SPA_PAGES } from '@bnder/shared';
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { VIEWER_QUERY } from '../modules/auth/graphql/viewer';
import { OWNED_APPS_QUERY } from '../modules/owned-apps/graphql/queries';
import { renderWithProviders } from '../test/render';
import { AppRoutes } from './AppRoutes';

function viewerMock(signedIn: boolean): MockLink.MockedResponse {
  const viewer = signedIn
    ? { __typename: 'User', id: 'u1', email: 'ada@example.com', displayName: 'Ada Lovelace' }
    : null;
  return { request: { query: VIEWER_QUERY }, result: { data: { viewer } } };
}

describe('AppRoutes', () => {
  it('sends a signed-out visitor of a settings page to sign in, with the way back', async () => {
    renderWithProviders(<AppRoutes />, {
      at: '/settings/authorized-apps',
      mocks: [viewerMock(false)],
    });

    expect(await screen.findByRole('heading', { name: 'Sign in to Bnder' })).toBeVisible();
    expect(screen.getByTestId('location')).toHaveTextContent(
      '/signin?return_to=%2Fsettings%2Fauthorized-apps',
    );
  });

  it('shows the settings shell to a signed-in user', async () => {
    renderWithProviders(<AppRoutes />, {
      at: '/',
      mocks: [
        viewerMock(true),
        { request: { query: OWNED_APPS_QUERY }, result: { data: { ownedOAuthApps: [] } } },
      ],
    });

    expect(await screen.findByRole('heading', { name: 'Owned OAuth Applications' })).toBeVisible();
    const nav = screen.getByRole('navigation', { name: 'Settings' });
    expect(nav).toHaveTextContent('Development');
    expect(nav).toHaveTextContent('Authorized OAuth Applications');
    expect(screen.getByText('Ada Lovelace')).toBeVisible();
    expect(screen.getByText('ada@example.com')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeVisible();
  });

  it('moves focus to the heading of the page it navigates to', async () => {
    renderWithProviders(<AppRoutes />, { at: '/', mocks: [viewerMock(false)] });

    expect(await screen.findByRole('heading', { name: 'Sign in to Bnder' })).toHaveFocus();
  });

  const routedPages = Object.values(SPA_PAGES).map((page) => page.replace(':clientId', 'abc123'));

  it.each(routedPages)('routes %s, one of the pages the server serves', async (path) => {
    renderWithProviders(<AppRoutes />, { at: path, mocks: [viewerMock(false)] });

    const heading = await screen.findByRole('heading', { level: 1 });
    expect(heading).not.toHaveTextContent('Page not found');
  });

  it('shows the not-found view for a path that is no page', async () => {
    renderWithProviders(<AppRoutes />, { at: '/no/such/page', mocks: [] });

    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeVisible();
  });
});
