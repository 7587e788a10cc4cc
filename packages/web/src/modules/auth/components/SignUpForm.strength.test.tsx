import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import { SignUpForm } from './SignUpForm';

type User = ReturnType<typeof renderWithProviders>['user'];

/** Replaces the password, pasted as a password manager would. */
async function enterPassword(user: User, password: string) {
  const field = screen.getByLabelText('Password');
  await user.clear(field);
  await user.click(field);
  await user.paste(password);
}

// The estimator loads on first use and parses its dictionaries: allow it more than a second.
const LOADED = { timeout: 10_000 };

describe('SignUpForm: how easy the password is to guess, live', () => {
  it('says why a common password is easy to guess and how to do better, then approves a strong one', async () => {
    const { user } = renderWithProviders(<SignUpForm onSignedUp={vi.fn()} />);

    await enterPassword(user, 'password123456');

    expect(await screen.findByText('Easy to guess.', {}, LOADED)).toBeVisible();
    expect(screen.getByText(/This is similar to a commonly used password/)).toBeVisible();
    const suggestions = screen.getByRole('list', { name: 'Suggestions' });
    expect(within(suggestions).getByText('Add more words that are less common.')).toBeVisible();

    await enterPassword(user, 'violet-otter-sings-loudly');

    expect(await screen.findByText('Hard to guess.', {}, LOADED)).toBeVisible();
    expect(screen.queryByText('Easy to guess.')).not.toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Suggestions' })).not.toBeInTheDocument();
  }, 20_000);

  it('counts the user’s own name as easy to guess', async () => {
    const { user } = renderWithProviders(<SignUpForm onSignedUp={vi.fn()} />);

    await user.click(screen.getByLabelText('Display name'));
    await user.paste('Maximilian Hohenberg');
    await enterPassword(user, 'maximilianhohenberg');

    expect(await screen.findByText(/personal or page related data/, {}, LOADED)).toBeVisible();
  }, 20_000);

  it('says nothing until the password is long enough to judge', async () => {
    const { user } = renderWithProviders(<SignUpForm onSignedUp={vi.fn()} />);

    await enterPassword(user, 'password');
    await user.tab();

    expect(screen.getByText('Password must be at least 10 characters')).toBeVisible();
    expect(screen.queryByText('Easy to guess.')).not.toBeInTheDocument();
  });
});
