import { useEffect } from 'react';
import { useBlocker, type Location } from 'react-router';

/** Navigation state for a move that makes unsaved edits moot (the app was just deleted). */
export const LEAVE_WITHOUT_PROMPT = { leaveWithoutPrompt: true } as const;

function leavesWithoutPrompt(location: Location): boolean {
  const state: unknown = location.state;
  return typeof state === 'object' && state !== null && 'leaveWithoutPrompt' in state;
}

/**
 * While `dirty`, holds in-app navigation to another page until the user decides (the returned
 * blocker), and asks the browser to confirm a reload, a closed tab or a typed address.
 */
export function useLeaveGuard(dirty: boolean) {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty &&
      currentLocation.pathname !== nextLocation.pathname &&
      !leavesWithoutPrompt(nextLocation),
  );

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      // HTML §7.1.4: a canceled beforeunload makes the browser ask; its text is the browser's own.
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  return blocker;
}
