import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { apiError } from '../../../test/graphql-error';
import { renderWithProviders } from '../../../test/render';
import { VIEWER_QUERY } from '../../auth/graphql/viewer';
import {
  APPROVE_DEVICE_MUTATION,
  DENY_DEVICE_MUTATION,
  DEVICE_AUTHORIZATION_QUERY,
} from '../graphql/device';
import DevicePage from './DevicePage';

const deviceRequest = {
  __typename: 'DeviceAuthorization',
  userCode: 'WDJB-MJHT',
  scopes: [{ __typename: 'ConsentScope', name: 'read', description: 'Read your notes' }],
  app: {
    __typename: 'OAuthAppIdentity',
    clientId: 'cid_tv',
    name: 'Living Room TV',
    description: 'Shows your notes on the big screen',
    homepageUrl: null,
    homepageHost: null,
    privacyPolicyUrl: null,
    termsOfServiceUrl: 'https://tv.example/terms',
    ownerName: 'Tess',
    createdAt: '2025-03-01T08:00:00.000Z',
    authorizedUserCount: 1,
  },
};

const found = {
  request: { query: DEVICE_AUTHORIZATION_QUERY, variables: { userCode: 'WDJB-MJHT' } },
  result: { data: { deviceAuthorization: deviceRequest } },
};

const viewerMock = {
  request: { query: VIEWER_QUERY },
  result: {
    data: {
      viewer: { __typename: 'User', id: 'u1', email: 'ada@example.com', displayName: 'Ada' },
    },
  },
};

describe('DevicePage', () => {
  it('takes the code however it is typed and shows the consent for it', async () => {
    const { user } = renderWithProviders(<DevicePage />, {
      at: '/device',
      mocks: [found, viewerMock],
    });
    await user.type(screen.getByLabelText('Code'), 'wdjb mjht');
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    expect(await screen.findByRole('heading', { name: 'Authorize Living Room TV' })).toBeVisible();
    expect(screen.getByTestId('location')).toHaveTextContent('/device?user_code=WDJB-MJHT');
    expect(screen.getByText('Shows your notes on the big screen')).toBeVisible();
    expect(screen.getByText('Not owned or operated by Bnder')).toBeVisible();
    expect(screen.getByText('1 user has authorized it')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Terms of service' })).toBeVisible();
    // RFC 8628 §5.4: the user is told to check the code came from their own device.
    expect(screen.getByText(/device you are holding/)).toBeVisible();
    expect(screen.getByText('Code WDJB-MJHT')).toBeVisible();
    // No redirect in the device flow.
    expect(screen.queryByText(/You will be redirected/)).not.toBeInTheDocument();
  });

  it('says what a code looks like when the typed one cannot be one', async () => {
    const { user } = renderWithProviders(<DevicePage />, { at: '/device' });
    await user.type(screen.getByLabelText('Code'), 'ABCD');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByLabelText('Code')).toHaveAccessibleDescription(/Enter the 8 letters/);
    expect(screen.getByTestId('location')).toHaveTextContent(/^\/device$/);
  });

  it('tells the user to return to the device after Authorize', async () => {
    const { user } = renderWithProviders(<DevicePage />, {
      at: '/device?user_code=WDJB-MJHT',
      mocks: [
        found,
        viewerMock,
        {
          request: { query: APPROVE_DEVICE_MUTATION, variables: { userCode: 'WDJB-MJHT' } },
          result: { data: { approveDeviceAuthorization: true } },
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Authorize' }));
    expect(await screen.findByRole('heading', { name: 'Device connected' })).toBeVisible();
    expect(screen.getByText(/Return to your device/)).toBeVisible();
  });

  it('tells the user the device got nothing after Cancel', async () => {
    const { user } = renderWithProviders(<DevicePage />, {
      at: '/device?user_code=WDJB-MJHT',
      mocks: [
        found,
        viewerMock,
        {
          request: { query: DENY_DEVICE_MUTATION, variables: { userCode: 'WDJB-MJHT' } },
          result: { data: { denyDeviceAuthorization: true } },
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(await screen.findByRole('heading', { name: 'Request cancelled' })).toBeVisible();
    expect(screen.getByText(/was not given access/)).toBeVisible();
  });

  it('asks again when the server does not know the code', async () => {
    renderWithProviders(<DevicePage />, {
      at: '/device?user_code=BCDF-GHJK',
      mocks: [
        {
          request: { query: DEVICE_AUTHORIZATION_QUERY, variables: { userCode: 'BCDF-GHJK' } },
          result: { errors: [apiError('This code is not valid', 'NOT_FOUND')] },
        },
      ],
    });
    expect(await screen.findByLabelText('Code')).toHaveAccessibleDescription(
      /This code is not valid/,
    );
    expect(screen.queryByRole('button', { name: 'Authorize' })).not.toBeInTheDocument();
  });
});
