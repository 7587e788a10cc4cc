import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { sudoRequired } from '../../../test/graphql-error';
import { CONFIRM_PASSWORD_MUTATION } from '../../auth/graphql/confirm-password';
import { UPDATE_APP_MUTATION } from '../graphql/mutations';
import { app, clientId, renderPage } from '../app-page.test-helpers';

const PASSWORD = 'correct horse battery';
const ADDED = 'https://weather.example/second';

const findSudoDialog = () => screen.findByRole('dialog', { name: 'Confirm your password' });

function updateMock(
  input: Record<string, unknown>,
  result: MockLink.MockedResponse['result'],
): MockLink.MockedResponse {
  return { request: { query: UPDATE_APP_MUTATION, variables: { clientId, input } }, result };
}

const updated = (changes: Partial<typeof app>) => ({
  data: { updateOAuthApp: { ...app, ...changes } },
});

const confirmMock: MockLink.MockedResponse = {
  request: { query: CONFIRM_PASSWORD_MUTATION, variables: { password: PASSWORD } },
  result: { data: { confirmPassword: true } },
};

async function confirmPassword(user: ReturnType<typeof renderPage>['user']) {
  const prompt = await findSudoDialog();
  await user.click(within(prompt).getByLabelText('Password'));
  await user.paste(PASSWORD);
  await user.click(within(prompt).getByRole('button', { name: 'Confirm' }));
}

async function addRedirectUri(user: ReturnType<typeof renderPage>['user']) {
  const form = await screen.findByRole('form', { name: 'Application settings' });
  await user.click(within(form).getByRole('button', { name: 'Add redirect URI' }));
  // Pasted, as a URI usually is: typing it key by key only slows the test.
  await user.click(within(form).getByLabelText('Redirect URI 2'));
  await user.paste(ADDED);
  await user.click(within(form).getByRole('button', { name: 'Save' }));
  return form;
}

describe('AppPage: edits that widen where codes go ask for the password', () => {
  it('asks before turning the device flow on, then turns it on', async () => {
    const input = { allowDeviceFlow: true };
    const { user } = renderPage([
      updateMock(input, { errors: [sudoRequired()] }),
      confirmMock,
      updateMock(input, updated(input)),
    ]);
    const toggle = await screen.findByRole('switch', { name: 'Allow device flow' });

    await user.click(toggle);
    await confirmPassword(user);

    await waitFor(() => expect(toggle).toHaveAttribute('aria-checked', 'true'));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('leaves the device flow off, with no error, when the prompt is cancelled', async () => {
    const { user } = renderPage([
      updateMock({ allowDeviceFlow: true }, { errors: [sudoRequired()] }),
    ]);
    const toggle = await screen.findByRole('switch', { name: 'Allow device flow' });

    await user.click(toggle);
    await user.click(within(await findSudoDialog()).getByRole('button', { name: 'Cancel' }));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(toggle).toHaveAttribute('aria-checked', 'false');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('asks before saving a new redirect URI, then saves it', async () => {
    const uris = [...app.redirectUris, ADDED];
    const { user } = renderPage([
      updateMock({ redirectUris: uris }, { errors: [sudoRequired()] }),
      confirmMock,
      updateMock({ redirectUris: uris }, updated({ redirectUris: uris })),
    ]);

    const form = await addRedirectUri(user);
    await confirmPassword(user);

    expect(await within(form).findByText('Saved.')).toBeVisible();
    expect(within(form).getByLabelText('Redirect URI 2')).toHaveValue(ADDED);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(within(form).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('keeps the unsaved redirect URI and says nothing when the prompt is cancelled', async () => {
    const uris = [...app.redirectUris, ADDED];
    const { user } = renderPage([updateMock({ redirectUris: uris }, { errors: [sudoRequired()] })]);

    const form = await addRedirectUri(user);
    await user.click(within(await findSudoDialog()).getByRole('button', { name: 'Cancel' }));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(within(form).getByLabelText('Redirect URI 2')).toHaveValue(ADDED);
    expect(within(form).queryByText('Saved.')).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
