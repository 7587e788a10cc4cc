import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { UPDATE_APP_MUTATION } from '../graphql/mutations';
import { app, clientId, renderPage } from '../app-page.test-helpers';

describe('AppPage: Require DPoP', () => {
  it('is off by default and turns on', async () => {
    const { user } = renderPage([
      {
        request: {
          query: UPDATE_APP_MUTATION,
          variables: { clientId, input: { requireDpop: true } },
        },
        result: { data: { updateOAuthApp: { ...app, requireDpop: true } } },
      },
    ]);
    const toggle = await screen.findByRole('switch', { name: 'Require DPoP' });
    expect(toggle).toHaveAttribute('aria-checked', 'false');
    await user.click(toggle);
    await waitFor(() => expect(toggle).toHaveAttribute('aria-checked', 'true'));
  });
});
