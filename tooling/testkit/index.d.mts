export { signUp, uniqueEmail, PASSWORD, type SignedUpUser } from './accounts.mjs';
export { createApp, DEFAULT_REDIRECT_URI, type TestApp } from './apps.mjs';
export {
  authorize,
  clientAuthFor,
  exchangeCode,
  obtainTokens,
  pendingCode,
  postAsApp,
  type AuthorizeResult,
  type PendingCode,
  type TokenResponse,
} from './code-flow.mjs';
export {
  APPROVE_AUTHORIZATION,
  CREATE_APP,
  SIGN_IN,
  SIGN_UP,
  type Operation,
  type TypedOperation,
} from './operations.mjs';
export { pkcePair } from './pkce.mjs';
export {
  HttpSession,
  type BrowsingSession,
  type GraphQLError,
  type GraphQLResult,
  type GraphQLSession,
} from './session.mjs';
export { basicAuthorization } from '../client-auth.mjs';
