import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { ownedApp } from '../../../test/fixtures';
import { apiError } from '../../../test/graphql-error';
import { UPDATE_APP_MUTATION } from '../graphql/mutations';
import { app, clientId, renderPage } from '../app-page.test-helpers';

const updated = (changes: Partial<typeof app>) => ({
  data: { updateOAuthApp: { ...app, ...changes } },
});

describe('AppPage: device flow and who the app is', () => {
  it('turns on Allow device flow', async () => {
    const { user } = renderPage([
      {
        request: {
          query: UPDATE_APP_MUTATION,
          variables: { clientId, input: { allowDeviceFlow: true } },
        },
        result: updated({ allowDeviceFlow: true }),
      },
    ]);
    const toggle = await screen.findByRole('switch', { name: 'Allow device flow' });
    expect(toggle).toHaveAttribute('aria-checked', 'false');
    await user.click(toggle);
    await waitFor(() => expect(toggle).toHaveAttribute('aria-checked', 'true'));
  });

  it('shows the identity fields and saves only what changed', async () => {
    const shown = ownedApp({
      description: 'Forecasts in your notes',
      homepageUrl: 'https://weather.example',
    });
    const { user } = renderPage(
      [
        {
          request: {
            query: UPDATE_APP_MUTATION,
            variables: {
              clientId,
              input: { homepageUrl: null, privacyPolicyUrl: 'https://weather.example/privacy' },
            },
          },
          result: updated({ privacyPolicyUrl: 'https://weather.example/privacy' }),
        },
      ],
      shown,
    );
    const form = await screen.findByRole('form', { name: 'Shown on the consent page' });
    expect(within(form).getByLabelText('Description')).toHaveValue('Forecasts in your notes');
    await user.clear(within(form).getByLabelText('Homepage'));
    await user.type(
      within(form).getByLabelText('Privacy policy'),
      'https://weather.example/privacy',
    );
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(form).findByText('Saved.')).toBeVisible();
  });

  it('refuses an http: link in place, before asking the server', async () => {
    const { user } = renderPage();
    const form = await screen.findByRole('form', { name: 'Shown on the consent page' });
    await user.type(within(form).getByLabelText('Terms of service'), 'http://weather.example');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(within(form).getByLabelText('Terms of service')).toHaveAccessibleDescription(
      /must start with https/,
    );
  });

  it('shows the server’s refusal at its field', async () => {
    const { user } = renderPage([
      {
        request: {
          query: UPDATE_APP_MUTATION,
          variables: { clientId, input: { description: 'Fine words' } },
        },
        result: {
          errors: [apiError('Description is not allowed', 'BAD_USER_INPUT', 'description')],
        },
      },
    ]);
    const form = await screen.findByRole('form', { name: 'Shown on the consent page' });
    await user.type(within(form).getByLabelText('Description'), 'Fine words');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(within(form).getByLabelText('Description')).toHaveAccessibleDescription(
        /Description is not allowed/,
      ),
    );
  });
});
