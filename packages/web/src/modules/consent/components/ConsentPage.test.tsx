import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { loadPage } from '../../../lib/load-page';
import { apiError } from '../../../test/graphql-error';
import { renderWithProviders } from '../../../test/render';
import { APPROVE_MUTATION, AUTHORIZATION_REQUEST_QUERY, DENY_MUTATION } from '../graphql/consent';
import { VIEWER_QUERY } from '../../auth/graphql/viewer';
import ConsentPage from './ConsentPage';

vi.mock('../../../lib/load-page', () => ({ loadPage: vi.fn() }));

const request = {
  __typename: 'AuthorizationRequest',
  id: 'req_1',
  clientId: 'cid_1',
  appName: 'Weather <Sync>',
  ownerName: 'Grace',
  scopes: [
    { __typename: 'ConsentScope', name: 'read', description: 'Read your profile and notes' },
    { __typename: 'ConsentScope', name: 'write', description: 'Change your notes' },
  ],
  redirectHost: 'weather.example',
  app: {
    __typename: 'OAuthAppIdentity',
    clientId: 'cid_1',
    name: 'Weather <Sync>',
    description: 'Forecasts in your notes',
    homepageUrl: 'https://weather.example/about',
    homepageHost: 'weather.example',
    privacyPolicyUrl: 'https://weather.example/privacy',
    termsOfServiceUrl: null,
    ownerName: 'Grace',
    createdAt: '2025-01-10T09:30:00.000Z',
    authorizedUserCount: 3,
  },
};

const requestMock = {
  request: { query: AUTHORIZATION_REQUEST_QUERY, variables: { id: 'req_1' } },
  result: { data: { authorizationRequest: request } },
};

const viewerMock = {
  request: { query: VIEWER_QUERY },
  result: {
    data: {
      viewer: { __typename: 'User', id: 'u1', email: 'ada@example.com', displayName: 'Ada' },
    },
  },
};

const redirect = (field: string, redirectTo: string) => ({
  data: { [field]: { __typename: 'RedirectPayload', redirectTo } },
});

describe('ConsentPage', () => {
  beforeEach(() => vi.mocked(loadPage).mockClear());

  it('names the app, its owner, each scope and the redirect host', async () => {
    renderWithProviders(<ConsentPage />, {
      at: '/oauth/consent?request_id=req_1',
      mocks: [requestMock, viewerMock],
    });

    expect(await screen.findByRole('heading', { name: 'Authorize Weather <Sync>' })).toBeVisible();
    expect(screen.getByText('by Grace')).toBeVisible();
    expect(screen.getByText('Read your profile and notes')).toBeVisible();
    expect(screen.getByText('Change your notes')).toBeVisible();
    expect(screen.getByText(/You will be redirected to/)).toHaveTextContent(
      'You will be redirected to weather.example',
    );
  });

  it('says who the app is: description, homepage host, owner, age, users, policies', async () => {
    renderWithProviders(<ConsentPage />, {
      at: '/oauth/consent?request_id=req_1',
      mocks: [requestMock, viewerMock],
    });

    expect(await screen.findByText('Forecasts in your notes')).toBeVisible();
    expect(screen.getByRole('link', { name: 'weather.example' })).toHaveAttribute(
      'href',
      'https://weather.example/about',
    );
    expect(screen.getByText('Not owned or operated by Bnder')).toBeVisible();
    expect(screen.getByText('3 users have authorized it')).toBeVisible();
    expect(screen.getByText('Owner').nextElementSibling).toHaveTextContent('Grace');
    expect(screen.getByText('Created').nextElementSibling?.querySelector('time')).toHaveAttribute(
      'datetime',
      '2025-01-10T09:30:00.000Z',
    );
    expect(screen.getByRole('link', { name: 'Privacy policy' })).toHaveAttribute(
      'href',
      'https://weather.example/privacy',
    );
    expect(screen.queryByRole('link', { name: 'Terms of service' })).not.toBeInTheDocument();
    // write reaches the user's own OAuth apps: the card says so.
    expect(screen.getByText(/change your OAuth applications too/)).toBeVisible();
    expect(screen.queryByText(/Deleted data cannot be restored/)).not.toBeInTheDocument();
  });

  it('follows the redirect after Authorize', async () => {
    const { user } = renderWithProviders(<ConsentPage />, {
      at: '/oauth/consent?request_id=req_1',
      mocks: [
        requestMock,
        viewerMock,
        {
          request: { query: APPROVE_MUTATION, variables: { requestId: 'req_1' } },
          result: redirect('approveAuthorization', 'https://weather.example/cb?code=abc&state=s'),
        },
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Authorize' }));
    await waitFor(() =>
      expect(loadPage).toHaveBeenCalledWith('https://weather.example/cb?code=abc&state=s'),
    );
  });

  it('follows the redirect after Cancel', async () => {
    const { user } = renderWithProviders(<ConsentPage />, {
      at: '/oauth/consent?request_id=req_1',
      mocks: [
        requestMock,
        viewerMock,
        {
          request: { query: DENY_MUTATION, variables: { requestId: 'req_1' } },
          result: redirect('denyAuthorization', 'https://weather.example/cb?error=access_denied'),
        },
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    await waitFor(() =>
      expect(loadPage).toHaveBeenCalledWith('https://weather.example/cb?error=access_denied'),
    );
  });

  it('says clearly when the request has expired', async () => {
    renderWithProviders(<ConsentPage />, {
      at: '/oauth/consent?request_id=gone',
      mocks: [
        {
          request: { query: AUTHORIZATION_REQUEST_QUERY, variables: { id: 'gone' } },
          result: { errors: [apiError('Authorization request not found', 'NOT_FOUND')] },
        },
      ],
    });

    expect(
      await screen.findByRole('heading', { name: 'This authorization request has expired' }),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Authorize' })).not.toBeInTheDocument();
  });
});
