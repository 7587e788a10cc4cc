import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { ownedApp } from '../../../test/fixtures';
import { SECRET_AVAILABILITY } from '../copy';
import {
  COPY_SECRET_MUTATION,
  REVEAL_SECRET_MUTATION,
  UPDATE_APP_MUTATION,
} from '../graphql/mutations';
import { clientId, dialog, renderPage, secretPayload } from '../app-page.test-helpers';

const MASK = '••••••••';

function updateMock(name: string) {
  return {
    request: { query: UPDATE_APP_MUTATION, variables: { clientId, input: { name } } },
    result: { data: { updateOAuthApp: ownedApp({ name }) } },
  };
}

describe('AppPage: secrets stay masked', () => {
  it('copies a masked secret without putting it on screen', async () => {
    const { user } = renderPage([
      {
        request: { query: COPY_SECRET_MUTATION, variables: { clientId } },
        result: { data: { copyOAuthAppSecret: { clientSecret: 'bnd_cs_copied' } } },
      },
    ]);
    const secretGroup = await screen.findByRole('group', { name: 'Client secret' });

    await user.click(within(secretGroup).getByRole('button', { name: 'Copy client secret' }));

    expect(await within(secretGroup).findByText('Copied')).toBeVisible();
    await expect(navigator.clipboard.readText()).resolves.toBe('bnd_cs_copied');
    expect(within(secretGroup).getByText(MASK)).toBeVisible();
    expect(screen.queryByText('bnd_cs_copied')).not.toBeInTheDocument();
    expect(within(secretGroup).getByRole('button', { name: 'Reveal' })).toBeVisible();
  });

  it('says the same true thing about the secret in every dialog that makes one', async () => {
    const { user } = renderPage([], ownedApp({ requireSecret: true }));

    await user.click(await screen.findByRole('button', { name: 'Rotate secret' }));
    expect(dialog()).toHaveTextContent(SECRET_AVAILABILITY);
    expect(dialog()).not.toHaveTextContent(/shown once/);
    await user.click(within(dialog()).getByRole('button', { name: 'Cancel' }));
  });

  it('says it when turning the secret on too', async () => {
    const { user } = renderPage([], ownedApp({ requireSecret: false }));

    await user.click(await screen.findByRole('switch', { name: 'Require a client secret' }));
    expect(dialog()).toHaveTextContent(SECRET_AVAILABILITY);
    expect(dialog()).not.toHaveTextContent(/shown once/);
  });
});

describe('AppPage: focus and announcements', () => {
  it('keeps focus on the one Reveal/Hide button, usable but busy while it works', async () => {
    const { user } = renderPage([
      {
        request: { query: REVEAL_SECRET_MUTATION, variables: { clientId } },
        result: secretPayload('revealOAuthAppSecret', 'bnd_cs_revealed'),
        delay: 50,
      },
    ]);
    const reveal = await screen.findByRole('button', { name: 'Reveal' });

    await user.click(reveal);
    expect(reveal).toHaveAttribute('aria-disabled', 'true');
    expect(reveal).not.toBeDisabled();
    expect(reveal).toHaveFocus();
    expect(await screen.findByText('bnd_cs_revealed')).toBeVisible();
    expect(reveal).toHaveTextContent('Hide');
    expect(reveal).toHaveFocus();

    await user.click(reveal);
    expect(reveal).toHaveTextContent('Reveal');
    expect(reveal).toHaveFocus();
  });

  it('keeps focus on Save and announces "Saved." in a status region that was there before', async () => {
    const { user } = renderPage([{ ...updateMock('Weather Sync 2'), delay: 50 }]);
    const form = await screen.findByRole('form', { name: 'Application settings' });
    const status = within(form).getByRole('status');
    const name = within(form).getByLabelText('Name');

    await user.clear(name);
    await user.type(name, 'Weather Sync 2');
    const save = within(form).getByRole('button', { name: 'Save' });
    await user.click(save);

    expect(save).toHaveAttribute('aria-busy', 'true');
    expect(save).not.toBeDisabled();
    await waitFor(() => expect(status).toHaveTextContent('Saved.'));
    expect(save).toHaveFocus();
  });

  it('drops an earlier "Saved." as soon as the form is edited again', async () => {
    const { user } = renderPage([updateMock('Weather Sync 2')]);
    const form = await screen.findByRole('form', { name: 'Application settings' });
    const name = within(form).getByLabelText('Name');
    await user.clear(name);
    await user.type(name, 'Weather Sync 2');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await within(form).findByText('Saved.');

    await user.clear(name);
    await user.tab();

    expect(await within(form).findByText('Name is required')).toBeVisible();
    expect(within(form).queryByText('Saved.')).not.toBeInTheDocument();
  });
});

describe('AppPage: unsaved changes', () => {
  it('asks before leaving with unsaved edits; Stay keeps them, Leave goes', async () => {
    const { user } = renderPage();
    const name = await screen.findByLabelText('Name');
    await user.type(name, ' (draft)');

    const back = screen.getByRole('link', { name: 'Development' });
    await user.click(back);
    expect(dialog()).toHaveAccessibleName('Leave without saving?');
    expect(dialog()).toHaveTextContent('You changed the settings of Weather Sync');
    await user.click(within(dialog()).getByRole('button', { name: 'Stay on this page' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Name')).toHaveValue('Weather Sync (draft)');
    expect(screen.getByTestId('location')).toHaveTextContent(`/apps/${clientId}`);

    await user.click(back);
    await user.click(within(dialog()).getByRole('button', { name: 'Leave without saving' }));
    expect(await screen.findByText('Owned apps list')).toBeVisible();
    expect(screen.getByTestId('location')).toHaveTextContent(/^\/settings\/development$/);
  });

  it('asks too when the edits are in the consent-page fields', async () => {
    const { user } = renderPage();
    const identity = await screen.findByRole('form', { name: 'Shown on the consent page' });
    await user.type(within(identity).getByLabelText('Description'), 'Syncs the weather');

    await user.click(screen.getByRole('link', { name: 'Development' }));

    expect(dialog()).toHaveAccessibleName('Leave without saving?');
  });

  it('lets the user leave without asking when nothing changed', async () => {
    const { user } = renderPage();
    await screen.findByLabelText('Name');

    await user.click(screen.getByRole('link', { name: 'Development' }));

    expect(await screen.findByText('Owned apps list')).toBeVisible();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('asks the browser to confirm an unload only while there are unsaved edits', async () => {
    const { user } = renderPage();
    const name = await screen.findByLabelText('Name');
    const unload = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(unload()).toBe(false);

    await user.type(name, '!');

    expect(unload()).toBe(true);
  });
});

describe('AppPage: words', () => {
  it.each([
    [1, '1 user loses access. Integrations using its client ID stop working.'],
    [0, 'even unexpired ones. Integrations using its client ID stop working.'],
  ])(
    'puts one space between the sentences of the delete dialog (%i users)',
    async (count, text) => {
      const { user } = renderPage([], ownedApp({ authorizedUserCount: count }));

      await user.click(await screen.findByRole('button', { name: 'Delete' }));

      expect(dialog()).toHaveTextContent(text);
      const body = within(dialog()).getByText(/is deleted and its access stops/);
      expect(body.textContent).not.toMatch(/\.\S|\s{2}/);
    },
  );

  it('says why the only redirect URI cannot be removed', async () => {
    renderPage();

    const remove = await screen.findByRole('button', { name: 'Remove URI 1' });

    expect(remove).toBeDisabled();
    expect(remove).toHaveAccessibleDescription(
      'An application needs at least one, so the last one cannot be removed.',
    );
  });
});
