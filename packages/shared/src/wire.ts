/** Error codes shared by GraphQL `extensions.code` and the web client. */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'TOO_MANY_REQUESTS',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const TOKEN_PREFIX = {
  accessToken: 'bnd_at_',
  refreshToken: 'bnd_rt_',
  clientSecret: 'bnd_cs_',
  deviceCode: 'bnd_dc_',
} as const;
