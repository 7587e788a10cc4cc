import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { UPDATE_APP_MUTATION } from '../graphql/mutations';
import { app, clientId, renderPage } from '../app-page.test-helpers';

describe('AppPage: ID token signing algorithm', () => {
  it('is RS256 by default and changes to ES256', async () => {
    const { user } = renderPage([
      {
        request: {
          query: UPDATE_APP_MUTATION,
          variables: { clientId, input: { idTokenSignedResponseAlg: 'ES256' } },
        },
        result: { data: { updateOAuthApp: { ...app, idTokenSignedResponseAlg: 'ES256' } } },
      },
    ]);
    const select = await screen.findByRole('combobox', { name: 'ID token signing algorithm' });
    expect(select).toHaveValue('RS256');
    await user.selectOptions(select, 'ES256');
    await waitFor(() => expect(select).toHaveValue('ES256'));
  });
});
