import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CopyButton } from './CopyButton';

describe('CopyButton', () => {
  it('copies the value and says "Copied" in a live region', async () => {
    const user = userEvent.setup();
    render(<CopyButton value="cid_123" />);

    await user.click(screen.getByRole('button', { name: 'Copy' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Copied');
    await expect(navigator.clipboard.readText()).resolves.toBe('cid_123');
  });

  it('fetches the value first when it is not known yet', async () => {
    const user = userEvent.setup();
    const reveal = vi.fn().mockResolvedValue('bnd_cs_secret');
    render(<CopyButton value={reveal} />);

    await user.click(screen.getByRole('button', { name: 'Copy' }));

    expect(await screen.findByText('Copied')).toBeVisible();
    expect(reveal).toHaveBeenCalledOnce();
    await expect(navigator.clipboard.readText()).resolves.toBe('bnd_cs_secret');
  });

  it('falls back to a text selection when the Clipboard API refuses', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    const execCommand = vi.fn().mockReturnValue(true);
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    render(<CopyButton value="cid_456" />);

    await user.click(screen.getByRole('button', { name: 'Copy' }));

    expect(await screen.findByText('Copied')).toBeVisible();
    expect(execCommand).toHaveBeenCalledWith('copy');
  });

  it('says so when copying fails entirely', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    Object.defineProperty(document, 'execCommand', { value: () => false, configurable: true });
    render(<CopyButton value="cid_789" />);

    await user.click(screen.getByRole('button', { name: 'Copy' }));

    expect(await screen.findByRole('status')).toHaveTextContent(/Could not copy/);
  });
});
