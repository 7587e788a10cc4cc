import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { UPDATE_APP_MUTATION } from '../graphql/mutations';
import { app, clientId, renderPage } from '../app-page.test-helpers';

const updated = (changes: Partial<typeof app>) => ({
  data: { updateOAuthApp: { ...app, ...changes } },
});

describe('AppPage: pushed authorization requests', () => {
  it('turns on Require pushed authorization requests', async () => {
    const { user } = renderPage([
      {
        request: {
          query: UPDATE_APP_MUTATION,
          variables: { clientId, input: { requirePushedAuthorizationRequests: true } },
        },
        result: updated({ requirePushedAuthorizationRequests: true }),
      },
    ]);
    const toggle = await screen.findByRole('switch', {
      name: 'Require pushed authorization requests',
    });
    expect(toggle).toHaveAttribute('aria-checked', 'false');
    await user.click(toggle);
    await waitFor(() => expect(toggle).toHaveAttribute('aria-checked', 'true'));
  });
});
