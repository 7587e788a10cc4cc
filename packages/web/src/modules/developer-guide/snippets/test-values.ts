import type { ConnectValues } from './connect-values';

/** A public app and a confidential one, as the examples' unit tests see them. */
export const PUBLIC_APP: ConnectValues = {
  issuer: 'https://bnder.example',
  clientId: 'pub_client_123',
  redirectUri: 'http://127.0.0.1:8765/callback',
  scopes: ['read', 'write'],
  confidential: false,
  clientSecret: null,
  deviceFlow: false,
};

export const CONFIDENTIAL_APP: ConnectValues = {
  ...PUBLIC_APP,
  clientId: 'conf_client_456',
  redirectUri: 'https://weather.example/oauth/callback?tenant=a b',
  scopes: ['read'],
  confidential: true,
};

export const REVEALED_SECRET = 'bnd_cs_revealedSecretValue';
