import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { apiError } from '../../../test/graphql-error';
import { renderWithProviders } from '../../../test/render';
import { ownedApp, connection } from '../../../test/fixtures';
import { REVEAL_SECRET_MUTATION } from '../graphql/mutations';
import { APP_ACTIVITY_QUERY, OWNED_APP_QUERY } from '../graphql/queries';
import { clientId, renderPage, secretPayload } from '../app-page.test-helpers';
import AppPage from './AppPage';

describe('AppPage', () => {
  it('shows the app with its client id, a masked secret and readable activity', async () => {
    renderPage();

    expect(await screen.findByRole('heading', { level: 1, name: 'Weather Sync' })).toBeVisible();
    expect(screen.getByText(clientId)).toBeVisible();
    expect(screen.getByText('••••••••')).toBeVisible();
    expect(await screen.findByText('Created the application')).toBeVisible();
    expect(screen.getByText('by Ada')).toBeVisible();
    expect(
      screen.getByText('The client secret was seen in an authorize link; the link was refused'),
    ).toBeVisible();
  });
  it('reveals the secret on request', async () => {
    const { user } = renderPage([
      {
        request: { query: REVEAL_SECRET_MUTATION, variables: { clientId } },
        result: secretPayload('revealOAuthAppSecret', 'bnd_cs_revealed'),
      },
    ]);

    await user.click(await screen.findByRole('button', { name: 'Reveal' }));

    expect(await screen.findByText('bnd_cs_revealed')).toBeVisible();
    expect(screen.queryByText('••••••••')).not.toBeInTheDocument();
  });
  it('warns the owner when the secret was seen in an authorize link', async () => {
    renderPage([], ownedApp({ secretLeakedAt: '2025-01-12T10:00:00.000Z' }));

    const warning = await screen.findByRole('alert');
    expect(warning).toHaveTextContent('Rotate this client secret');
    expect(warning).toHaveTextContent('seen in an authorize link');
  });
  it('shows a not-found state for an unknown client id', async () => {
    renderWithProviders(<AppPage />, {
      at: '/settings/development/apps/nope',
      path: '/settings/development/apps/:clientId',
      mocks: [
        {
          request: { query: OWNED_APP_QUERY, variables: { clientId: 'nope' } },
          result: { errors: [apiError('Not found', 'NOT_FOUND')] },
        },
        {
          request: { query: APP_ACTIVITY_QUERY, variables: { clientId: 'nope' } },
          result: {
            data: { oauthAppActivityConnection: connection('OAuthAppEventConnection', []) },
          },
        },
      ],
    });

    expect(await screen.findByRole('heading', { name: 'Application not found' })).toBeVisible();
  });
});
