import { SPA_PAGES } from '@bnder/shared';
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { ServerError } from '@apollo/client/errors';
import type { MockLink } from '@apollo/client/testing';
import { VIEWER_QUERY } from '../modules/auth/graphql/viewer';
import { OWNED_APPS_QUERY } from '../modules/owned-apps/graphql/queries';
import { renderWithProviders } from '../test/render';
import { AppRoutes } from './AppRoutes';
import { connection } from '../test/fixtures';

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
        {
          request: { query: OWNED_APPS_QUERY },
          result: { data: { ownedOAuthAppsConnection: connection('OAuthAppConnection', []) } },
        },
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

  it('keeps the settings shell while the session is checked, and says so in the tab title', async () => {
    renderWithProviders(<AppRoutes />, {
      at: '/settings/authorized-apps',
      mocks: [{ ...viewerMock(true), delay: 200 }],
    });

    const main = await screen.findByRole('main');
    expect(within(main).getByRole('status')).toHaveTextContent('Checking your session…');
    expect(screen.getByRole('navigation', { name: 'Settings' })).toBeVisible();
    expect(screen.getByText('Bnder')).toBeVisible();
    expect(document.title).toBe('Checking your session… · Bnder');
  });

  it('shows a failed session check inside the shell, says what failed, and retries', async () => {
    const bodyText = 'upstream failed';
    const failure = new ServerError('Response not successful', {
      response: new Response(bodyText, { status: 500 }),
      bodyText,
    });
    const { user } = renderWithProviders(<AppRoutes />, {
      at: '/settings/development',
      mocks: [
        { request: { query: VIEWER_QUERY }, error: failure },
        viewerMock(true),
        {
          request: { query: OWNED_APPS_QUERY },
          result: { data: { ownedOAuthAppsConnection: connection('OAuthAppConnection', []) } },
        },
      ],
    });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your session could not be checked');
    expect(alert).toHaveTextContent('HTTP 500');
    expect(alert).not.toHaveTextContent('Check your connection');
    expect(screen.getByRole('main')).toContainElement(alert);
    expect(screen.getByRole('navigation', { name: 'Settings' })).toBeVisible();
    expect(document.title).toBe('Your session could not be checked · Bnder');

    await user.click(within(alert).getByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('heading', { name: 'Owned OAuth Applications' })).toBeVisible();
  });

  it('shows a failed session check of the consent page on the branded card', async () => {
    renderWithProviders(<AppRoutes />, {
      at: '/oauth/consent?request_id=r1',
      mocks: [{ request: { query: VIEWER_QUERY }, error: new TypeError('Failed to fetch') }],
    });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not reach Bnder. Check your connection');
    expect(screen.getByRole('banner')).toHaveTextContent('Bnder');
    expect(screen.getByRole('main')).toContainElement(alert);
  });

  it('moves focus to the heading of the page it navigates to', async () => {
    renderWithProviders(<AppRoutes />, { at: '/', mocks: [viewerMock(false)] });

    const heading = await screen.findByRole('heading', { name: 'Sign in to Bnder' });
    // Focus moves in an effect after the page renders, so it may land a render later.
    await waitFor(() => expect(heading).toHaveFocus());
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
