import { useEffect } from 'react';
import { createPath, useBlocker } from 'react-router';

/**
 * For a page served with a Content Security Policy of its own (the API reference: the server's
 * page-headers.ts): every way out of it becomes a document load, so the next page gets the site's
 * own policy from the server instead of inheriting this page's.
 * - A link or navigate() call is stopped by the blocker before the next page renders, and loaded.
 * - Back and Forward are let through (loading them instead would add a history entry), and the
 *   page reloads the address it was left for as it unmounts.
 */
export function useLeaveByDocumentLoad(): void {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation, historyAction }) =>
      historyAction !== 'POP' && nextLocation.pathname !== currentLocation.pathname,
  );
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    const next = createPath(blocker.location);
    blocker.reset();
    window.location.assign(next);
  }, [blocker]);

  useEffect(() => {
    const page = window.location.pathname;
    return () => {
      // Unmounting while the address is still this page's is not leaving it (a re-render).
      if (window.location.pathname !== page) window.location.reload();
    };
  }, []);
}
