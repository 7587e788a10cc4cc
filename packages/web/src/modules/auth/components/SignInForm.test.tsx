import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import { apiError } from '../../../test/graphql-error';
import { SIGN_IN_MUTATION } from '../graphql/session-mutations';
import { SignInForm } from './SignInForm';

const viewer = {
  __typename: 'User' as const,
  id: 'u1',
  email: 'ada@example.com',
  displayName: 'Ada',
};

function signInMock(result: object, delay = 0) {
  return {
    request: {
      query: SIGN_IN_MUTATION,
      variables: { input: { email: 'ada@example.com', password: 'correct horse' } },
    },
    result,
    delay,
  };
}

describe('SignInForm', () => {
  it('shows what is wrong with each field and focuses the first one', async () => {
    const { user } = renderWithProviders(<SignInForm onSignedIn={vi.fn()} />);

    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription(
      'Enter a valid email address',
    );
    expect(screen.getByText('Enter your password')).toBeInTheDocument();
    expect(screen.getByLabelText('Email')).toHaveFocus();
  });

  it('validates a field when it loses focus and clears the message once fixed', async () => {
    const { user } = renderWithProviders(<SignInForm onSignedIn={vi.fn()} />);
    const email = screen.getByLabelText('Email');

    await user.type(email, 'not-an-email');
    await user.tab();
    expect(screen.getByText('Enter a valid email address')).toBeInTheDocument();

    await user.clear(email);
    await user.type(email, 'ada@example.com');
    expect(screen.queryByText('Enter a valid email address')).not.toBeInTheDocument();
  });

  it('shows a server error next to the field it names', async () => {
    const { user } = renderWithProviders(<SignInForm onSignedIn={vi.fn()} />, {
      mocks: [
        signInMock({ errors: [apiError('Wrong email or password', 'BAD_USER_INPUT', 'password')] }),
      ],
    });

    await user.type(screen.getByLabelText('Email'), ' Ada@Example.com ');
    await user.type(screen.getByLabelText('Password'), 'correct horse');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const password = screen.getByLabelText('Password');
    await waitFor(() => expect(password).toHaveAccessibleDescription('Wrong email or password'));
    expect(password).toHaveAttribute('aria-invalid', 'true');
  });

  it('shows a form-level alert when sign-in is rate limited', async () => {
    const { user } = renderWithProviders(<SignInForm onSignedIn={vi.fn()} />, {
      mocks: [
        signInMock({
          errors: [apiError('Too many attempts. Try again in 15 minutes.', 'TOO_MANY_REQUESTS')],
        }),
      ],
    });

    await user.type(screen.getByLabelText('Email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), 'correct horse');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Too many attempts. Try again in 15 minutes.',
    );
  });

  it('disables the submit button while signing in, then reports success', async () => {
    const onSignedIn = vi.fn();
    const { user } = renderWithProviders(<SignInForm onSignedIn={onSignedIn} />, {
      mocks: [signInMock({ data: { signIn: viewer } }, 30)],
    });

    await user.type(screen.getByLabelText('Email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), 'correct horse');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(screen.getByRole('button', { name: 'Signing in…' })).toBeDisabled();
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledOnce());
  });
});
