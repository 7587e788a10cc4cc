import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { ownedApp, connection } from '../../../test/fixtures';
import { apiError, sudoRequired } from '../../../test/graphql-error';
import { renderWithProviders } from '../../../test/render';
import { CONFIRM_PASSWORD_MUTATION } from '../../auth/graphql/confirm-password';
import {
  DELETE_APP_MUTATION,
  REVEAL_SECRET_MUTATION,
  ROTATE_SECRET_MUTATION,
  SET_REQUIRE_SECRET_MUTATION,
} from '../graphql/mutations';
import { OWNED_APPS_QUERY } from '../graphql/queries';
import { clientId, renderPage, secretPayload } from '../app-page.test-helpers';
import OwnedAppsPage from './OwnedAppsPage';

const PASSWORD = 'correct horse battery';

const sudoDialog = () => screen.getByRole('dialog', { name: 'Confirm your password' });
const findSudoDialog = () => screen.findByRole('dialog', { name: 'Confirm your password' });

/** The first answer refuses the action until the password is confirmed; the retry succeeds. */
function refusedThen(
  request: MockLink.MockedResponse['request'],
  result: MockLink.MockedResponse['result'],
): MockLink.MockedResponse[] {
  return [
    { request, result: { errors: [sudoRequired()] } },
    { request, result },
  ];
}

function confirmMock(password: string, ok: boolean): MockLink.MockedResponse {
  return {
    request: { query: CONFIRM_PASSWORD_MUTATION, variables: { password } },
    result: ok
      ? { data: { confirmPassword: true } }
      : { errors: [apiError('Password is incorrect', 'UNAUTHENTICATED', 'password')] },
  };
}

async function confirmWith(user: ReturnType<typeof renderPage>['user'], password: string) {
  const field = within(sudoDialog()).getByLabelText('Password');
  await user.clear(field);
  await user.type(field, password);
  await user.click(within(sudoDialog()).getByRole('button', { name: 'Confirm' }));
}

describe('sudo mode: the password prompt before sensitive app actions', () => {
  it('asks for the password when a reveal needs it, shows a wrong one, then reveals', async () => {
    const { user } = renderPage([
      ...refusedThen(
        { query: REVEAL_SECRET_MUTATION, variables: { clientId } },
        secretPayload('revealOAuthAppSecret', 'bnd_cs_revealed'),
      ),
      confirmMock('wrong password', false),
      confirmMock(PASSWORD, true),
    ]);

    await user.click(await screen.findByRole('button', { name: 'Reveal' }));
    const prompt = await findSudoDialog();
    const field = within(prompt).getByLabelText('Password');
    expect(field).toHaveFocus();
    expect(field).toHaveAttribute('type', 'password');

    await user.click(within(prompt).getByRole('button', { name: 'Confirm' }));
    expect(within(prompt).getByText('Enter your password')).toBeVisible();

    await confirmWith(user, 'wrong password');
    expect(await within(prompt).findByText('Password is incorrect')).toBeVisible();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('••••••••')).toBeVisible();

    await confirmWith(user, PASSWORD);

    expect(await screen.findByText('bnd_cs_revealed')).toBeVisible();
    // The dialog closes once the action's promise settles, a render after its result shows.
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('leaves the secret hidden, shows no error and gives focus back on Cancel', async () => {
    const { user } = renderPage([
      {
        request: { query: REVEAL_SECRET_MUTATION, variables: { clientId } },
        result: { errors: [sudoRequired()] },
      },
    ]);
    const reveal = await screen.findByRole('button', { name: 'Reveal' });

    await user.click(reveal);
    await user.click(within(await findSudoDialog()).getByRole('button', { name: 'Cancel' }));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByText('••••••••')).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(reveal).toHaveFocus();
  });

  it('returns to the rotate dialog unchanged when the prompt is cancelled with Escape', async () => {
    const { user } = renderPage([
      {
        request: { query: ROTATE_SECRET_MUTATION, variables: { clientId } },
        result: { errors: [sudoRequired()] },
      },
    ]);

    await user.click(await screen.findByRole('button', { name: 'Rotate secret' }));
    const rotateDialog = screen.getByRole('dialog', { name: /Rotate the client secret/ });
    await user.click(within(rotateDialog).getByRole('button', { name: 'Rotate secret' }));
    await findSudoDialog();
    await user.keyboard('{Escape}');

    expect(screen.queryByRole('dialog', { name: 'Confirm your password' })).not.toBeInTheDocument();
    expect(rotateDialog).toBeInTheDocument();
    expect(within(rotateDialog).queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByText('••••••••')).toBeVisible();
  });

  it('carries on rotating after the password is confirmed', async () => {
    const { user } = renderPage([
      ...refusedThen(
        { query: ROTATE_SECRET_MUTATION, variables: { clientId } },
        secretPayload('rotateOAuthAppSecret', 'bnd_cs_rotated'),
      ),
      confirmMock(PASSWORD, true),
    ]);

    await user.click(await screen.findByRole('button', { name: 'Rotate secret' }));
    const rotateDialog = screen.getByRole('dialog', { name: /Rotate the client secret/ });
    await user.click(within(rotateDialog).getByRole('button', { name: 'Rotate secret' }));
    await findSudoDialog();
    await confirmWith(user, PASSWORD);

    expect(await screen.findByText('bnd_cs_rotated')).toBeVisible();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('carries on turning the secret off after the password is confirmed', async () => {
    const { user } = renderPage([
      ...refusedThen(
        { query: SET_REQUIRE_SECRET_MUTATION, variables: { clientId, requireSecret: false } },
        secretPayload('setOAuthAppRequireSecret', null, { requireSecret: false }),
      ),
      confirmMock(PASSWORD, true),
    ]);

    await user.click(await screen.findByRole('switch', { name: 'Require a client secret' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Turn off' }));
    await findSudoDialog();
    await confirmWith(user, PASSWORD);

    await waitFor(() =>
      expect(screen.getByRole('switch', { name: 'Require a client secret' })).toHaveAttribute(
        'aria-checked',
        'false',
      ),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('carries on deleting after the password is confirmed', async () => {
    const { user } = renderPage([
      ...refusedThen(
        { query: DELETE_APP_MUTATION, variables: { clientId } },
        { data: { deleteOAuthApp: true } },
      ),
      confirmMock(PASSWORD, true),
    ]);

    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete' }));
    await findSudoDialog();
    await confirmWith(user, PASSWORD);

    expect(await screen.findByText('Owned apps list')).toBeVisible();
  });

  it('asks on the list page too, then reveals there', async () => {
    const { user } = renderWithProviders(<OwnedAppsPage />, {
      mocks: [
        {
          request: { query: OWNED_APPS_QUERY },
          result: {
            data: { ownedOAuthAppsConnection: connection('OAuthAppConnection', [ownedApp()]) },
          },
        },
        ...refusedThen(
          { query: REVEAL_SECRET_MUTATION, variables: { clientId } },
          secretPayload('revealOAuthAppSecret', 'bnd_cs_listed'),
        ),
        confirmMock(PASSWORD, true),
      ],
    });

    await user.click(
      await screen.findByRole('button', { name: 'Reveal client secret of Weather Sync' }),
    );
    await findSudoDialog();
    await confirmWith(user, PASSWORD);

    expect(await screen.findByText('bnd_cs_listed')).toBeVisible();
  });
});
