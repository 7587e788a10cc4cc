import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import type { AppIdentity } from '../graphql/consent';
import { ConsentCard } from './ConsentCard';

const app: AppIdentity = {
  clientId: 'cid_1',
  name: 'Cleanup Bot',
  description: null,
  homepageUrl: null,
  homepageHost: null,
  privacyPolicyUrl: null,
  termsOfServiceUrl: null,
  ownerName: 'Bnder Security',
  createdAt: '2026-11-30T10:00:00.000Z',
  authorizedUserCount: 0,
};

const scope = (name: string) => ({ name, description: `${name} things` });

function renderCard(scopes: string[], onDecide = vi.fn()) {
  renderWithProviders(
    <ConsentCard
      app={app}
      scopes={scopes.map(scope)}
      choice={null}
      error={null}
      onDecide={onDecide}
    />,
  );
  return onDecide;
}

describe('ConsentCard', () => {
  it('warns clearly on delete', () => {
    renderCard(['read', 'delete']);
    expect(screen.getByText(/Deleted data cannot be restored/)).toBeVisible();
    expect(screen.queryByText(/OAuth applications too/)).not.toBeInTheDocument();
  });

  it('shows no warning for read alone', () => {
    renderCard(['read']);
    expect(screen.queryByText(/cannot be restored|OAuth applications too/)).not.toBeInTheDocument();
  });

  it('does not let a chosen name pass for Bnder: owner and disclaimer are always there', () => {
    renderCard(['read']);
    expect(screen.getByText('by Bnder Security')).toBeVisible();
    expect(screen.getByText('Not owned or operated by Bnder')).toBeVisible();
    expect(screen.getByText('No one has authorized it yet')).toBeVisible();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('passes the user’s answer on', async () => {
    const onDecide = renderCard(['read']);
    screen.getByRole('button', { name: 'Cancel' }).click();
    expect(onDecide).toHaveBeenCalledWith('deny');
  });
});
