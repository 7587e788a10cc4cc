import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../test/render';
import { ConnectYourApp, type ConnectableApp } from './ConnectYourApp';

const CONFIDENTIAL: ConnectableApp = {
  clientId: 'conf_client_456',
  redirectUris: ['https://weather.example/cb', 'https://weather.example/other'],
  requireSecret: true,
  allowDeviceFlow: false,
};

const exampleCode = (title: string) =>
  within(screen.getByRole('group', { name: title })).getByText(/./, { selector: 'code' })
    .textContent ?? '';

describe('Connect your app', () => {
  it('fills in the picked redirect URI and scopes, and the secret only when it is shown', async () => {
    const { user } = renderWithProviders(<ConnectYourApp app={CONFIDENTIAL} shownSecret={null} />);
    await user.selectOptions(
      screen.getByLabelText('Redirect URI'),
      'https://weather.example/other',
    );
    await user.click(screen.getByRole('checkbox', { name: 'write' }));

    const url = new URL(exampleCode('Authorize URL'));
    expect(url.searchParams.get('redirect_uri')).toBe('https://weather.example/other');
    expect(url.searchParams.get('scope')).toBe('read write');
    expect(exampleCode('Exchange the code for tokens')).toContain(
      '-u "conf_client_456:$CLIENT_SECRET"',
    );
    expect(document.body).not.toHaveTextContent('bnd_cs_');
  });

  it('puts the secret in the examples while the owner has it on screen', () => {
    renderWithProviders(<ConnectYourApp app={CONFIDENTIAL} shownSecret="bnd_cs_shown" />);
    expect(exampleCode('Exchange the code for tokens')).toContain("'conf_client_456:bnd_cs_shown'");
  });

  it('asks for at least one scope before it shows a link', async () => {
    const { user } = renderWithProviders(
      <ConnectYourApp app={{ ...CONFIDENTIAL, requireSecret: false }} shownSecret={null} />,
    );
    await user.click(screen.getByRole('checkbox', { name: 'read' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose at least one scope');
    expect(screen.queryByRole('group', { name: 'Authorize URL' })).toBeNull();
  });

  it('offers the examples in curl, JavaScript and Python, with the device flow when allowed', async () => {
    const { user } = renderWithProviders(
      <ConnectYourApp app={{ ...CONFIDENTIAL, allowDeviceFlow: true }} shownSecret={null} />,
    );
    const tabs = screen.getAllByRole('tab').map((tab) => tab.textContent);
    expect(tabs).toEqual(['curl', 'JavaScript', 'Python']);
    await user.click(screen.getByRole('tab', { name: 'Python' }));
    expect(exampleCode('Device flow')).toContain('device_code');
    expect(exampleCode('Exchange the code for tokens')).toContain('client.fetch_token(');
  });
});
