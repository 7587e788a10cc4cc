import {
  SECRET_VARIABLE,
  scopeParameter,
  type ConnectValues,
  type Example,
} from './connect-values';

const js = (text: string) => JSON.stringify(text);

/** RFC 6749 §2.3.1: Basic with the secret for a confidential client, client_id alone otherwise. */
function clientAuth(values: ConnectValues): string {
  if (!values.confidential) return 'oauth.None()';
  const secret =
    values.clientSecret === null ? `process.env.${SECRET_VARIABLE}` : js(values.clientSecret);
  return `oauth.ClientSecretBasic(${secret})`;
}

/** oauth4webapi refuses plain http unless told; only a local issuer needs it. */
const insecure = (issuer: string) =>
  issuer.startsWith('http:') ? ', { [oauth.allowInsecureRequests]: true }' : '';

/** The setup every example starts from: the metadata document (RFC 8414), the client. */
function setup(values: ConnectValues): string {
  return [
    "import * as oauth from 'oauth4webapi';",
    '',
    `const issuer = new URL(${js(values.issuer)});`,
    `const as = await oauth.processDiscoveryResponse(issuer, await oauth.discoveryRequest(issuer${insecure(values.issuer)}));`,
    `const client = { client_id: ${js(values.clientId)} };`,
    `const clientAuth = ${clientAuth(values)};`,
    `const redirectUri = ${js(values.redirectUri)};`,
  ].join('\n');
}

/** The examples for JavaScript with oauth4webapi (browsers, Node, Deno, workers). */
export function javascriptExamples(values: ConnectValues): Example[] {
  const options = insecure(values.issuer);
  const examples: Example[] = [
    {
      id: 'pkce',
      title: 'Create a PKCE pair and open the authorize link',
      code: [
        setup(values),
        '',
        '// RFC 7636: keep the verifier and the state for the callback',
        'const codeVerifier = oauth.generateRandomCodeVerifier();',
        'const codeChallenge = await oauth.calculatePKCECodeChallenge(codeVerifier);',
        'const state = oauth.generateRandomState();',
        'const url = new URL(as.authorization_endpoint);',
        'url.search = new URLSearchParams({',
        `  response_type: 'code',`,
        '  client_id: client.client_id,',
        '  redirect_uri: redirectUri,',
        `  scope: ${js(scopeParameter(values))},`,
        '  state,',
        '  code_challenge: codeChallenge,',
        `  code_challenge_method: 'S256',`,
        '}).toString();',
        '// send the user to url.href',
      ].join('\n'),
    },
    {
      id: 'exchange',
      title: 'Exchange the code for tokens',
      code: [
        '// callbackUrl: the URL your redirect URI was called with; checks state and iss (RFC 9207)',
        'const params = oauth.validateAuthResponse(as, client, callbackUrl, state);',
        `const response = await oauth.authorizationCodeGrantRequest(as, client, clientAuth, params, redirectUri, codeVerifier${options});`,
        'const tokens = await oauth.processAuthorizationCodeResponse(as, client, response);',
        '// tokens.access_token, tokens.refresh_token, tokens.expires_in',
      ].join('\n'),
    },
    {
      id: 'refresh',
      title: 'Refresh the access token',
      code: [
        '// The answer holds a new refresh token: the old one stops working',
        `const response = await oauth.refreshTokenGrantRequest(as, client, clientAuth, tokens.refresh_token${options});`,
        'const refreshed = await oauth.processRefreshTokenResponse(as, client, response);',
      ].join('\n'),
    },
    {
      id: 'revoke',
      title: 'Revoke a token',
      code: [
        `const response = await oauth.revocationRequest(as, client, clientAuth, tokens.refresh_token${options});`,
        'await oauth.processRevocationResponse(response);',
      ].join('\n'),
    },
    {
      id: 'api',
      title: 'Call the API',
      code: [
        `const me = await fetch(${js(`${values.issuer.replace(/\/+$/, '')}/consumer/v1/me`)}, {`,
        '  headers: { Authorization: `Bearer ${tokens.access_token}` },',
        '}).then((response) => response.json());',
      ].join('\n'),
    },
  ];
  if (values.deviceFlow) examples.push(deviceExample(values, options));
  return examples;
}

function deviceExample(values: ConnectValues, options: string): Example {
  return {
    id: 'device',
    title: 'Device flow',
    code: [
      '// RFC 8628 §3.1: show device.user_code and device.verification_uri to the user',
      `const started = await oauth.deviceAuthorizationRequest(as, client, clientAuth, { scope: ${js(scopeParameter(values))} }${options});`,
      'const device = await oauth.processDeviceAuthorizationResponse(as, client, started);',
      '// §3.4–3.5: poll every interval seconds, 5 more after each slow_down',
      'let interval = device.interval;',
      'let tokens;',
      'while (!tokens) {',
      '  await new Promise((resolve) => setTimeout(resolve, interval * 1000));',
      `  const response = await oauth.deviceCodeGrantRequest(as, client, clientAuth, device.device_code${options});`,
      '  try {',
      '    tokens = await oauth.processDeviceCodeResponse(as, client, response);',
      '  } catch (error) {',
      '    if (!(error instanceof oauth.ResponseBodyError)) throw error;',
      "    if (error.error === 'slow_down') interval += 5;",
      "    else if (error.error !== 'authorization_pending') throw error;",
      '  }',
      '}',
    ].join('\n'),
  };
}
