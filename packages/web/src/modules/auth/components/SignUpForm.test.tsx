import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import { apiError } from '../../../test/graphql-error';
import { SIGN_UP_MUTATION } from '../graphql/session-mutations';
import { SignUpForm } from './SignUpForm';

const input = {
  email: 'ada@example.com',
  displayName: 'Ada Lovelace',
  password: 'analytical engine',
};

async function fillIn(user: ReturnType<typeof renderWithProviders>['user']) {
  await user.type(screen.getByLabelText('Email'), input.email);
  await user.type(screen.getByLabelText('Display name'), input.displayName);
  await user.type(screen.getByLabelText('Password'), input.password);
}

describe('SignUpForm', () => {
  it('labels every field and refuses a short password and a missing name', async () => {
    const { user } = renderWithProviders(<SignUpForm onSignedUp={vi.fn()} />);

    await user.type(screen.getByLabelText('Email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), 'short');
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    expect(screen.getByText('Display name is required')).toBeInTheDocument();
    expect(screen.getByText('Password must be at least 10 characters')).toBeInTheDocument();
    expect(screen.getByLabelText('Display name')).toHaveFocus();
  });

  it('refuses a password longer than bcrypt can use', async () => {
    const { user } = renderWithProviders(<SignUpForm onSignedUp={vi.fn()} />);

    await user.type(screen.getByLabelText('Password'), 'x'.repeat(73));
    await user.tab();

    expect(screen.getByText('Password must be at most 72 bytes')).toBeInTheDocument();
  });

  it('puts "email already in use" next to the email field', async () => {
    const { user } = renderWithProviders(<SignUpForm onSignedUp={vi.fn()} />, {
      mocks: [
        {
          request: { query: SIGN_UP_MUTATION, variables: { input } },
          result: {
            errors: [apiError('This email is already registered', 'BAD_USER_INPUT', 'email')],
          },
        },
      ],
    });

    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    await waitFor(() =>
      expect(screen.getByLabelText('Email')).toHaveAccessibleDescription(
        'This email is already registered',
      ),
    );
    expect(screen.getByLabelText('Email')).toHaveFocus();
  });

  it('creates the account', async () => {
    const onSignedUp = vi.fn();
    const { user } = renderWithProviders(<SignUpForm onSignedUp={onSignedUp} />, {
      mocks: [
        {
          request: { query: SIGN_UP_MUTATION, variables: { input } },
          result: {
            data: {
              signUp: {
                __typename: 'User',
                id: 'u1',
                email: input.email,
                displayName: 'Ada Lovelace',
              },
            },
          },
        },
      ],
    });

    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    await waitFor(() => expect(onSignedUp).toHaveBeenCalledOnce());
  });
});
