import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { renderWithProviders } from '../../../test/render';
import { apiError } from '../../../test/graphql-error';
import { ownedApp } from '../../../test/fixtures';
import { CREATE_APP_MUTATION } from '../graphql/mutations';
import { CreateAppForm } from './CreateAppForm';

function renderForm(mocks: MockLink.MockedResponse[] = [], onCreated = vi.fn()) {
  return {
    onCreated,
    ...renderWithProviders(<CreateAppForm onCreated={onCreated} onCancel={vi.fn()} />, { mocks }),
  };
}

describe('CreateAppForm', () => {
  it('validates inline: a missing name and a redirect URI that is not allowed', async () => {
    const { user } = renderForm();

    await user.type(screen.getByLabelText('Redirect URI 1'), 'http://example.com/callback');
    await user.tab();
    expect(screen.getByLabelText('Redirect URI 1')).toHaveAccessibleDescription(
      'http: is allowed only on loopback (127.0.0.1, [::1], localhost); use https:',
    );

    await user.click(screen.getByRole('button', { name: 'Create application' }));
    expect(screen.getByText('Name is required')).toBeInTheDocument();
    expect(screen.getByLabelText('Name')).toHaveFocus();
  });

  it.each([
    ['javascript:alert(1)', 'The javascript: scheme is not allowed'],
    ['https://example.com/cb#top', 'Redirect URIs must not contain a fragment'],
    ['https://*.example.com/cb', 'Wildcards are not allowed in redirect URIs'],
  ])('refuses the redirect URI %s', async (uri, message) => {
    const { user } = renderForm();
    await user.type(screen.getByLabelText('Redirect URI 1'), uri);
    await user.tab();
    expect(screen.getByText(message)).toBeInTheDocument();
  });

  it('adds and removes redirect URI rows, keeping at least one', async () => {
    const { user } = renderForm();
    const removeFirst = screen.getByRole('button', { name: 'Remove URI 1' });
    expect(removeFirst).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Add redirect URI' }));
    expect(screen.getByLabelText('Redirect URI 2')).toHaveFocus();
    await user.type(screen.getByLabelText('Redirect URI 2'), 'https://two.example/cb');

    await user.click(screen.getByRole('button', { name: 'Remove URI 1' }));
    expect(screen.queryByLabelText('Redirect URI 2')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Redirect URI 1')).toHaveValue('https://two.example/cb');
  });

  it('stops adding rows at ten', async () => {
    const { user } = renderForm();
    const add = screen.getByRole('button', { name: 'Add redirect URI' });
    for (let i = 0; i < 9; i += 1) await user.click(add);
    expect(screen.getByLabelText('Redirect URI 10')).toBeInTheDocument();
    expect(add).toBeDisabled();
  });

  it('explains the Require a client secret switch and toggles it', async () => {
    const { user } = renderForm();
    const toggle = screen.getByRole('switch', { name: 'Require a client secret' });
    expect(toggle).toHaveAttribute('aria-checked', 'false');
    expect(toggle).toHaveAccessibleDescription(/PKCE with the S256 method/);
    expect(toggle).toHaveAccessibleDescription(/server-side integrations/);

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-checked', 'true');
  });

  it('creates a confidential app with trimmed values', async () => {
    const created = ownedApp({
      name: 'Weather Sync',
      redirectUris: ['https://weather.example/cb', 'http://127.0.0.1:8080/cb'],
    });
    const { user, onCreated } = renderForm([
      {
        request: {
          query: CREATE_APP_MUTATION,
          variables: {
            input: {
              name: 'Weather Sync',
              redirectUris: created.redirectUris,
              requireSecret: true,
            },
          },
        },
        result: {
          data: {
            createOAuthApp: {
              __typename: 'OAuthAppSecretPayload',
              app: created,
              clientSecret: 'bnd_cs_new',
            },
          },
        },
      },
    ]);

    await user.type(screen.getByLabelText('Name'), '  Weather Sync ');
    await user.type(screen.getByLabelText('Redirect URI 1'), 'https://weather.example/cb');
    await user.click(screen.getByRole('button', { name: 'Add redirect URI' }));
    await user.type(screen.getByLabelText('Redirect URI 2'), 'http://127.0.0.1:8080/cb');
    await user.click(screen.getByRole('switch', { name: 'Require a client secret' }));
    await user.click(screen.getByRole('button', { name: 'Create application' }));

    await waitFor(() =>
      expect(onCreated).toHaveBeenCalledWith(
        expect.objectContaining({ clientSecret: 'bnd_cs_new' }),
      ),
    );
  });

  it('shows a server error next to the redirect URI it names', async () => {
    const uris = ['https://a.example/cb', 'https://b.example/cb'];
    const { user } = renderForm([
      {
        request: {
          query: CREATE_APP_MUTATION,
          variables: { input: { name: 'Two', redirectUris: uris, requireSecret: false } },
        },
        result: { errors: [apiError('This host is blocked', 'BAD_USER_INPUT', 'redirectUris.1')] },
      },
    ]);

    await user.type(screen.getByLabelText('Name'), 'Two');
    await user.type(screen.getByLabelText('Redirect URI 1'), uris[0] ?? '');
    await user.click(screen.getByRole('button', { name: 'Add redirect URI' }));
    await user.type(screen.getByLabelText('Redirect URI 2'), uris[1] ?? '');
    await user.click(screen.getByRole('button', { name: 'Create application' }));

    await waitFor(() =>
      expect(screen.getByLabelText('Redirect URI 2')).toHaveAccessibleDescription(
        'This host is blocked',
      ),
    );
  });
});
