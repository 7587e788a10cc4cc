import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { apiError } from '../../../test/graphql-error';
import { ownedApp } from '../../../test/fixtures';
import {
  DELETE_APP_MUTATION,
  ROTATE_SECRET_MUTATION,
  SET_REQUIRE_SECRET_MUTATION,
} from '../graphql/mutations';
import { clientId, dialog, renderPage, secretPayload } from '../app-page.test-helpers';

describe('AppPage confirm dialogs', () => {
  it('asks before rotating, says who is signed out, then shows the new secret', async () => {
    const { user } = renderPage([
      {
        request: { query: ROTATE_SECRET_MUTATION, variables: { clientId } },
        result: secretPayload('rotateOAuthAppSecret', 'bnd_cs_rotated'),
      },
    ]);

    await user.click(await screen.findByRole('button', { name: 'Rotate secret' }));
    expect(dialog()).toHaveTextContent('Existing sessions of this app are signed out');
    expect(dialog()).toHaveTextContent('3 users will be signed out and must authorize it again.');

    await user.click(within(dialog()).getByRole('button', { name: 'Rotate secret' }));

    expect(await screen.findByText('bnd_cs_rotated')).toBeVisible();
    // The dialog closes once the action's promise settles, a render after its result shows.
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByText(/The previous secret no longer works/)).toBeVisible();
  });
  it('keeps the secret when the rotate dialog is cancelled', async () => {
    const { user } = renderPage();

    await user.click(await screen.findByRole('button', { name: 'Rotate secret' }));
    await user.click(within(dialog()).getByRole('button', { name: 'Cancel' }));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByText('••••••••')).toBeVisible();
  });
  it('warns that turning the secret off deletes it and signs out its users', async () => {
    const { user } = renderPage([
      {
        request: {
          query: SET_REQUIRE_SECRET_MUTATION,
          variables: { clientId, requireSecret: false },
        },
        result: secretPayload('setOAuthAppRequireSecret', null, { requireSecret: false }),
      },
    ]);

    await user.click(await screen.findByRole('switch', { name: 'Require a client secret' }));
    expect(dialog()).toHaveAccessibleName('Turn off Require a client secret?');
    expect(dialog()).toHaveTextContent('deletes the stored client secret of Weather Sync');
    expect(dialog()).toHaveTextContent('signs out every existing OAuth session');
    expect(dialog()).toHaveTextContent('3 users will be signed out');

    await user.click(within(dialog()).getByRole('button', { name: 'Turn off' }));

    await waitFor(() =>
      expect(screen.getByRole('switch', { name: 'Require a client secret' })).toHaveAttribute(
        'aria-checked',
        'false',
      ),
    );
    expect(screen.getByText('Public')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Rotate secret' })).not.toBeInTheDocument();
  });
  it('turns the secret on and shows the new secret once', async () => {
    const publicApp = ownedApp({ requireSecret: false });
    const { user } = renderPage(
      [
        {
          request: {
            query: SET_REQUIRE_SECRET_MUTATION,
            variables: { clientId, requireSecret: true },
          },
          result: secretPayload('setOAuthAppRequireSecret', 'bnd_cs_fresh', {
            requireSecret: true,
          }),
        },
      ],
      publicApp,
    );

    await user.click(await screen.findByRole('switch', { name: 'Require a client secret' }));
    expect(dialog()).toHaveTextContent('A new client secret is generated');
    await user.click(within(dialog()).getByRole('button', { name: 'Turn on' }));

    expect(await screen.findByText('bnd_cs_fresh')).toBeVisible();
  });
  it('shows a failed confirmation inside the dialog', async () => {
    const { user } = renderPage([
      {
        request: { query: ROTATE_SECRET_MUTATION, variables: { clientId } },
        result: { errors: [apiError('Rotation is not possible right now', 'FORBIDDEN')] },
      },
    ]);

    await user.click(await screen.findByRole('button', { name: 'Rotate secret' }));
    await user.click(within(dialog()).getByRole('button', { name: 'Rotate secret' }));

    expect(await within(dialog()).findByRole('alert')).toHaveTextContent(
      'Rotation is not possible right now',
    );
  });
  it('names the app in the delete dialog, says access stops at once, then leaves', async () => {
    const { user } = renderPage([
      {
        request: { query: DELETE_APP_MUTATION, variables: { clientId } },
        result: { data: { deleteOAuthApp: true } },
      },
    ]);

    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    expect(dialog()).toHaveAccessibleName('Delete Weather Sync?');
    expect(dialog()).toHaveTextContent('its access stops at once');
    expect(dialog()).toHaveTextContent('3 users lose access.');

    await user.click(within(dialog()).getByRole('button', { name: 'Delete' }));

    expect(await screen.findByText('Owned apps list')).toBeVisible();
    expect(screen.getByTestId('location')).toHaveTextContent(/^\/settings\/development$/);
  });
});
