import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { ownedApp, connection } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { renderPage } from '../app-page.test-helpers';
import { OWNED_APPS_QUERY } from '../graphql/queries';
import OwnedAppsPage from './OwnedAppsPage';

// A name saved before the shared schema refused markup, or sent straight to the API.
const MARKUP_NAME = '<img src=x onerror=alert(1)>';

describe('an app name that looks like markup', () => {
  it('shows as text in the list of apps, never as an element', async () => {
    const { container } = renderWithProviders(<OwnedAppsPage />, {
      mocks: [
        {
          request: { query: OWNED_APPS_QUERY },
          result: {
            data: {
              ownedOAuthAppsConnection: connection('OAuthAppConnection', [
                ownedApp({ name: MARKUP_NAME }),
              ]),
            },
          },
        },
      ],
    });

    const list = await screen.findByRole('list', { name: 'Your OAuth applications' });
    expect(within(list).getByRole('link', { name: MARKUP_NAME })).toHaveTextContent(MARKUP_NAME);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('[onerror]')).toBeNull();
  });

  it('shows as text in the heading of the app page', async () => {
    const { container } = renderPage([], ownedApp({ name: MARKUP_NAME }));

    const heading = await screen.findByRole('heading', { level: 1, name: MARKUP_NAME });
    expect(heading).toHaveTextContent(MARKUP_NAME);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('[onerror]')).toBeNull();
  });
});
