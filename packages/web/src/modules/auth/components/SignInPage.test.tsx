import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { loadPage } from '../../../lib/load-page';
import { renderWithProviders } from '../../../test/render';
import { SIGN_IN_MUTATION } from '../graphql/session-mutations';
import SignInPage from './SignInPage';

vi.mock('../../../lib/load-page', () => ({ loadPage: vi.fn() }));

const signedIn = {
  request: {
    query: SIGN_IN_MUTATION,
    variables: { input: { email: 'ada@example.com', password: 'correct horse' } },
  },
  result: {
    data: {
      signIn: { __typename: 'User', id: 'u1', email: 'ada@example.com', displayName: 'Ada' },
    },
  },
};

async function signInAt(at: string) {
  const { user } = renderWithProviders(<SignInPage />, {
    at,
    path: '/signin',
    mocks: [signedIn],
    routes: { '/settings/*': <p>Settings page</p>, '/oauth/consent': <p>Consent page</p> },
  });
  await user.type(screen.getByLabelText('Email'), 'ada@example.com');
  await user.type(screen.getByLabelText('Password'), 'correct horse');
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('SignInPage return_to', () => {
  beforeEach(() => vi.mocked(loadPage).mockClear());

  it('returns to a page of this app after signing in', async () => {
    await signInAt('/signin?return_to=%2Fsettings%2Fauthorized-apps');
    await waitFor(() =>
      expect(screen.getByTestId('location')).toHaveTextContent('/settings/authorized-apps'),
    );
    expect(loadPage).not.toHaveBeenCalled();
  });

  it('loads a server path such as the authorize link with a full page load', async () => {
    const authorize = '/oauth/authorize?client_id=abc&scope=read&state=xyz';
    await signInAt(`/signin?return_to=${encodeURIComponent(authorize)}`);
    await waitFor(() => expect(loadPage).toHaveBeenCalledWith(authorize));
  });

  it.each(['//evil.example/phish', '/\\evil.example', 'https://evil.example/'])(
    'ignores the off-site return_to %s and opens the settings',
    async (target) => {
      await signInAt(`/signin?return_to=${encodeURIComponent(target)}`);
      await waitFor(() =>
        expect(screen.getByTestId('location')).toHaveTextContent('/settings/development'),
      );
      expect(loadPage).not.toHaveBeenCalled();
    },
  );

  it('keeps return_to on the link to sign up', () => {
    renderWithProviders(<SignInPage />, {
      at: '/signin?return_to=%2Foauth%2Fconsent%3Frequest_id%3D1',
    });
    expect(screen.getByRole('link', { name: 'Create an account' })).toHaveAttribute(
      'href',
      '/signup?return_to=%2Foauth%2Fconsent%3Frequest_id%3D1',
    );
  });
});
