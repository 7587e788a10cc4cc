import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { loadPage } from '../../../lib/load-page';
import { renderWithProviders } from '../../../test/render';
import { REQUESTING_APP_QUERY } from '../graphql/requesting-app';
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

describe('SignInPage login_hint', () => {
  it('fills the email the app suggested (OpenID Connect login_hint)', () => {
    renderWithProviders(<SignInPage />, {
      at: `/signin?return_to=%2Foauth%2Fauthorize&login_hint=${encodeURIComponent('ada@example.com')}`,
      path: '/signin',
    });
    expect(screen.getByLabelText('Email')).toHaveValue('ada@example.com');
    expect(screen.getByLabelText('Password')).toHaveValue('');
  });
});

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

describe('SignInPage names the app that asks', () => {
  const named = (variables: Record<string, string>, name: string | null) => ({
    request: { query: REQUESTING_APP_QUERY, variables },
    result: {
      data: {
        requestingOAuthApp: name === null ? null : { __typename: 'RequestingOAuthApp', name },
      },
    },
  });

  it('from an authorize link', async () => {
    const authorize = '/oauth/authorize?client_id=cid_9&scope=read&state=s';
    renderWithProviders(<SignInPage />, {
      at: `/signin?return_to=${encodeURIComponent(authorize)}`,
      mocks: [named({ clientId: 'cid_9' }, 'Weather Sync')],
    });
    expect(await screen.findByText('Weather Sync')).toBeVisible();
    expect(screen.getByText(/to continue to/)).toHaveTextContent('to continue to Weather Sync');
  });

  it('from a device link', async () => {
    renderWithProviders(<SignInPage />, {
      at: `/signin?return_to=${encodeURIComponent('/device?user_code=WDJB-MJHT')}`,
      mocks: [named({ userCode: 'WDJB-MJHT' }, 'Living Room TV')],
    });
    expect(await screen.findByText('Living Room TV')).toBeVisible();
  });

  it('names nothing for an unknown app or a plain sign-in', async () => {
    renderWithProviders(<SignInPage />, {
      at: `/signin?return_to=${encodeURIComponent('/device?user_code=BCDF-GHJK')}`,
      mocks: [named({ userCode: 'BCDF-GHJK' }, null)],
    });
    expect(await screen.findByRole('heading', { name: 'Sign in to Bnder' })).toBeVisible();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByText(/to continue to/)).not.toBeInTheDocument();
  });
});
