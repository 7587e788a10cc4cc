import {
  DEVICE_CODE_GRANT,
  SECRET_VARIABLE,
  endpointsOf,
  scopeParameter,
  type ConnectValues,
  type Example,
} from './connect-values';

// A JSON string is a valid Python string literal for the characters these values hold.
const py = (text: string) => JSON.stringify(text);

/** RFC 6749 §2.3.1: Basic with the secret for a confidential client, client_id alone otherwise. */
function clientArguments(values: ConnectValues): string[] {
  if (!values.confidential) return ['    token_endpoint_auth_method="none",'];
  const secret =
    values.clientSecret === null ? `os.environ[${py(SECRET_VARIABLE)}]` : py(values.clientSecret);
  return [`    client_secret=${secret},`, '    token_endpoint_auth_method="client_secret_basic",'];
}

/** The session every example starts from: Authlib's requests client for this app. */
function setup(values: ConnectValues): string {
  const endpoints = endpointsOf(values.issuer);
  return [
    ...(values.confidential && values.clientSecret === null ? ['import os'] : []),
    'from authlib.integrations.requests_client import OAuth2Session',
    '',
    `TOKEN_URL = ${py(endpoints.token)}`,
    'client = OAuth2Session(',
    `    client_id=${py(values.clientId)},`,
    ...clientArguments(values),
    `    redirect_uri=${py(values.redirectUri)},`,
    `    scope=${py(scopeParameter(values))},`,
    '    code_challenge_method="S256",',
    ')',
  ].join('\n');
}

/** The examples for Python with Authlib (requests). */
export function pythonExamples(values: ConnectValues): Example[] {
  const endpoints = endpointsOf(values.issuer);
  const examples: Example[] = [
    {
      id: 'pkce',
      title: 'Create a PKCE pair and open the authorize link',
      code: [
        setup(values),
        'from authlib.common.security import generate_token',
        '',
        '# RFC 7636: keep code_verifier and state for the callback',
        'code_verifier = generate_token(48)',
        `url, state = client.create_authorization_url(${py(endpoints.authorize)}, code_verifier=code_verifier)`,
        '# send the user to url',
      ].join('\n'),
    },
    {
      id: 'exchange',
      title: 'Exchange the code for tokens',
      code: [
        '# callback_url: the URL your redirect URI was called with; Authlib checks its state',
        'token = client.fetch_token(',
        '    TOKEN_URL,',
        '    authorization_response=callback_url,',
        '    state=state,',
        '    code_verifier=code_verifier,',
        ')',
        '# token["access_token"], token["refresh_token"], token["expires_in"]',
      ].join('\n'),
    },
    {
      id: 'refresh',
      title: 'Refresh the access token',
      code: [
        '# The answer holds a new refresh token: the old one stops working',
        'token = client.refresh_token(TOKEN_URL, refresh_token=token["refresh_token"])',
      ].join('\n'),
    },
    {
      id: 'revoke',
      title: 'Revoke a token',
      code: `client.revoke_token(${py(endpoints.revoke)}, token=token["refresh_token"], token_type_hint="refresh_token")`,
    },
    {
      id: 'api',
      title: 'Call the API',
      code: `me = client.get(${py(endpoints.me)}).json()`,
    },
  ];
  if (values.deviceFlow) examples.push(deviceExample(values));
  return examples;
}

function deviceExample(values: ConnectValues): Example {
  const endpoints = endpointsOf(values.issuer);
  const auth = values.confidential ? ', auth=client.client_auth' : '';
  const body = values.confidential
    ? `{"scope": ${py(scopeParameter(values))}}`
    : `{"client_id": client.client_id, "scope": ${py(scopeParameter(values))}}`;
  return {
    id: 'device',
    title: 'Device flow',
    code: [
      'import time',
      'from authlib.integrations.base_client import OAuthError',
      '',
      '# RFC 8628 §3.1: show device["user_code"] and device["verification_uri"] to the user',
      `device = client.post(${py(endpoints.device)}, data=${body}${auth}, withhold_token=True).json()`,
      '# §3.4–3.5: poll every interval seconds, 5 more after each slow_down',
      'interval = device["interval"]',
      'while True:',
      '    time.sleep(interval)',
      '    try:',
      `        token = client.fetch_token(TOKEN_URL, grant_type=${py(DEVICE_CODE_GRANT)}, device_code=device["device_code"])`,
      '        break',
      '    except OAuthError as error:',
      '        if error.error == "slow_down":',
      '            interval += 5',
      '        elif error.error != "authorization_pending":',
      '            raise',
    ].join('\n'),
  };
}
