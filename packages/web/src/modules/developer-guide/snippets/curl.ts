import {
  DEVICE_CODE_GRANT,
  SECRET_VARIABLE,
  authorizeUrl,
  endpointsOf,
  scopeParameter,
  type ConnectValues,
  type Example,
} from './connect-values';

/** POSIX shell single quotes: nothing inside is expanded. */
export const shellQuote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/**
 * How this client authenticates (RFC 6749 §2.3.1): a confidential client with HTTP Basic, the
 * secret from $CLIENT_SECRET unless it is revealed on the page; a public client names itself.
 */
function clientAuth(values: ConnectValues): string {
  if (!values.confidential) return `-d client_id=${shellQuote(values.clientId)}`;
  return values.clientSecret === null
    ? `-u "${values.clientId}:$${SECRET_VARIABLE}"`
    : `-u ${shellQuote(`${values.clientId}:${values.clientSecret}`)}`;
}

const post = (url: string, lines: string[]) =>
  [`curl -sS -X POST ${url}`, ...lines].join(' \\\n  ');

/** The examples as shell commands with curl and openssl. */
export function curlExamples(values: ConnectValues): Example[] {
  const endpoints = endpointsOf(values.issuer);
  const auth = clientAuth(values);
  const examples: Example[] = [
    {
      id: 'pkce',
      title: 'Create a PKCE pair and open the authorize link',
      code: [
        '# RFC 7636 §4.1–4.2: a random verifier, and its SHA-256 challenge (S256)',
        "CODE_VERIFIER=$(openssl rand -base64 48 | tr '+/' '-_' | tr -d '=\\n')",
        "CODE_CHALLENGE=$(printf '%s' \"$CODE_VERIFIER\" | openssl dgst -sha256 -binary | openssl base64 | tr '+/' '-_' | tr -d '=\\n')",
        'STATE=$(openssl rand -hex 16)',
        `echo "${authorizeUrl(values, { state: '$STATE', codeChallenge: '$CODE_CHALLENGE' })}"`,
      ].join('\n'),
    },
    {
      id: 'exchange',
      title: 'Exchange the code for tokens',
      code: [
        '# CODE is the code parameter your redirect URI received (check its state first)',
        post(endpoints.token, [
          '-d grant_type=authorization_code',
          '--data-urlencode "code=$CODE"',
          `--data-urlencode ${shellQuote(`redirect_uri=${values.redirectUri}`)}`,
          '--data-urlencode "code_verifier=$CODE_VERIFIER"',
          auth,
        ]),
      ].join('\n'),
    },
    {
      id: 'refresh',
      title: 'Refresh the access token',
      code: [
        '# The answer holds a new refresh token: the old one stops working',
        post(endpoints.token, [
          '-d grant_type=refresh_token',
          '--data-urlencode "refresh_token=$REFRESH_TOKEN"',
          auth,
        ]),
      ].join('\n'),
    },
    {
      id: 'revoke',
      title: 'Revoke a token',
      code: post(endpoints.revoke, [
        '--data-urlencode "token=$REFRESH_TOKEN"',
        '-d token_type_hint=refresh_token',
        auth,
      ]),
    },
    {
      id: 'api',
      title: 'Call the API',
      code: `curl -sS ${endpoints.me} \\\n  -H "Authorization: Bearer $ACCESS_TOKEN"`,
    },
  ];
  if (values.deviceFlow) examples.push(deviceExample(values, auth));
  return examples;
}

function deviceExample(values: ConnectValues, auth: string): Example {
  const endpoints = endpointsOf(values.issuer);
  return {
    id: 'device',
    title: 'Device flow',
    code: [
      '# RFC 8628 §3.1: show the user_code and verification_uri to the user',
      post(endpoints.device, [
        `--data-urlencode ${shellQuote(`scope=${scopeParameter(values)}`)}`,
        auth,
      ]),
      '# §3.4–3.5: poll every `interval` seconds while the answer is authorization_pending (5 more after slow_down)',
      post(endpoints.token, [
        `-d grant_type=${DEVICE_CODE_GRANT}`,
        '--data-urlencode "device_code=$DEVICE_CODE"',
        auth,
      ]),
    ].join('\n'),
  };
}
