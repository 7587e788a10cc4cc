import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { ownedApp } from '../../../test/fixtures';
import { UPDATE_APP_MUTATION } from '../graphql/mutations';
import { app, clientId, dialog, renderPage } from '../app-page.test-helpers';

const updated = (changes: Partial<typeof app>) => ({
  data: { updateOAuthApp: { ...app, ...changes } },
});

describe('AppPage: leaked secrets and suspension', () => {
  it('says where a scanner found the secret, and offers to rotate it', async () => {
    const url = 'https://code.example/someone/repo/blob/main/.env';
    const { user } = renderPage(
      [],
      ownedApp({ secretLeakedAt: '2025-03-01T10:00:00.000Z', secretLeakUrl: url }),
    );
    const warning = await screen.findByRole('alert');
    expect(warning).toHaveTextContent('Rotate this client secret');
    expect(within(warning).getByRole('link', { name: url })).toHaveAttribute('href', url);
    await user.click(within(warning).getByRole('button', { name: 'Rotate secret' }));
    expect(dialog()).toHaveTextContent('Rotate the client secret of Weather Sync?');
  });

  it('shows the suspension and its reason, with no control to lift it', async () => {
    renderPage(
      [],
      ownedApp({ suspendedAt: '2025-03-02T09:00:00.000Z', suspendedReason: 'Phishing reports' }),
    );
    const banner = await screen.findByRole('alert');
    expect(banner).toHaveTextContent('Suspended by Bnder');
    expect(banner).toHaveTextContent('Phishing reports');
    expect(within(banner).queryByRole('button')).toBeNull();
  });

  it('turns on Rotate automatically when the secret leaks', async () => {
    const { user } = renderPage([
      {
        request: {
          query: UPDATE_APP_MUTATION,
          variables: { clientId, input: { rotateSecretOnLeak: true } },
        },
        result: updated({ rotateSecretOnLeak: true }),
      },
    ]);
    const toggle = await screen.findByRole('switch', {
      name: 'Rotate automatically when the secret leaks',
    });
    expect(toggle).toHaveAttribute('aria-checked', 'false');
    await user.click(toggle);
    await waitFor(() => expect(toggle).toHaveAttribute('aria-checked', 'true'));
  });
});
