/**
 * The SPA's pages, in one list: the web router declares its routes from it, and the server
 * answers these paths 200 with the app and any other page path 404 with the app's not-found
 * view. `:name` stands for one path segment.
 */
export const SPA_PAGES = {
  home: '/',
  signIn: '/signin',
  signUp: '/signup',
  settings: '/settings',
  ownedApps: '/settings/development',
  ownedApp: '/settings/development/apps/:clientId',
  authorizedApps: '/settings/authorized-apps',
  consent: '/oauth/consent',
  // RFC 8628 §3.3: the verification URI, also opened with ?user_code=.
  device: '/device',
  // The developer guide: the REST reference and how to authorize an app.
  developersApi: '/developers/api',
  developersAuthorizing: '/developers/authorizing',
} as const;

export type SpaPage = (typeof SPA_PAGES)[keyof typeof SPA_PAGES];

const segment = (part: string) =>
  part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Like the router's matching: case-insensitive, and a trailing slash is the same page.
const PAGE_PATTERNS = Object.values(SPA_PAGES).map((page) =>
  page === '/' ? /^\/$/ : new RegExp(`^${page.split('/').map(segment).join('/')}/?$`, 'i'),
);

/** True when the path (without its query) is one of the SPA's pages. */
export function isSpaPage(path: string): boolean {
  return PAGE_PATTERNS.some((pattern) => pattern.test(path));
}
