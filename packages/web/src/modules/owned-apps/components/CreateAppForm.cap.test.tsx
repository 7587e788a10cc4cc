import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import { apiError } from '../../../test/graphql-error';
import { CREATE_APP_MUTATION } from '../graphql/mutations';
import { CreateAppForm } from './CreateAppForm';

const CAP_MESSAGE =
  'An account can hold at most 100 apps (MAX_APPS_PER_ACCOUNT); delete one to add another';

describe('CreateAppForm at the per-account cap', () => {
  it('shows the server’s cap message for the whole form', async () => {
    const input = {
      name: 'One too many',
      redirectUris: ['https://a.example/cb'],
      requireSecret: false,
    };
    const { user } = renderWithProviders(<CreateAppForm onCreated={vi.fn()} onCancel={vi.fn()} />, {
      mocks: [
        {
          request: { query: CREATE_APP_MUTATION, variables: { input } },
          result: { errors: [apiError(CAP_MESSAGE, 'BAD_USER_INPUT')] },
        },
      ],
    });
    await user.type(screen.getByLabelText('Name'), input.name);
    await user.type(screen.getByLabelText('Redirect URI 1'), input.redirectUris[0] ?? '');
    await user.click(screen.getByRole('button', { name: 'Create application' }));
    expect(await screen.findByText(CAP_MESSAGE)).toBeVisible();
  });
});
