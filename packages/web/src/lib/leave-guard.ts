import { useCallback, useEffect, useRef } from 'react';
import { useBlocker, type BlockerFunction } from 'react-router';

/** Navigation state for a move that makes unsaved edits moot (the app was just deleted). */
export const LEAVE_WITHOUT_PROMPT = { leaveWithoutPrompt: true } as const;

function leavesWithoutPrompt(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'leaveWithoutPrompt' in state;
}

/**
 * While `dirty`, holds navigation to another page until the user decides: in-app links,
 * navigate() calls, Back and Forward (the data router's blocker undoes those and replays them
 * on Leave), and asks the browser to confirm a reload, a closed tab or a typed address
 * (beforeunload), which no router sees.
 */
export function useLeaveGuard(dirty: boolean) {
  const released = useRef(false);
  const shouldBlock = useCallback<BlockerFunction>(
    ({ currentLocation, nextLocation }) =>
      dirty &&
      !released.current &&
      !leavesWithoutPrompt(nextLocation.state) &&
      nextLocation.pathname !== currentLocation.pathname,
    [dirty],
  );
  const blocker = useBlocker(shouldBlock);

  useEffect(() => {
    if (!dirty) return;
    released.current = false;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      // HTML §7.1.4: a canceled beforeunload makes the browser ask; its text is the browser's own.
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);

  return {
    held: blocker.state === 'blocked',
    leave: () => {
      released.current = true;
      blocker.proceed?.();
    },
    stay: () => blocker.reset?.(),
  };
}
