/**
 * Leaves the SPA for a full page load: a server path (`/oauth/authorize`), a client's redirect
 * URI, or a fresh sign-in page. One seam, so tests can watch where the app sends the browser.
 */
export function loadPage(url: string): void {
  window.location.assign(url);
}
