import { useContext, useEffect, useRef, useState } from 'react';
import { UNSAFE_NavigationContext, type To } from 'react-router';
import { setPopStateGuard } from './pop-state-guard';

/** Navigation state for a move that makes unsaved edits moot (the app was just deleted). */
export const LEAVE_WITHOUT_PROMPT = { leaveWithoutPrompt: true } as const;

type Go = (to: To, state?: unknown, options?: unknown) => void;
type History = { push: Go; replace: Go };

function leavesWithoutPrompt(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'leaveWithoutPrompt' in state;
}

function pathnameOf(to: To): string {
  if (typeof to !== 'string') return to.pathname ?? window.location.pathname;
  return new URL(to, window.location.href).pathname;
}

/** The position React Router keeps in each history entry, to undo a Back or Forward. */
const entryIndex = (state: unknown): number =>
  typeof state === 'object' && state !== null && 'idx' in state && typeof state.idx === 'number'
    ? state.idx
    : 0;

/**
 * Routes the router history's push and replace through `hold` until the returned undo runs.
 * (React Router 7 offers blocking only with a data router.)
 */
function interceptHistory(navigator: unknown, hold: (go: Go) => Go): () => void {
  const history = navigator as History;
  const { push, replace } = history;
  history.push = hold(push.bind(history));
  history.replace = hold(replace.bind(history));
  return () => {
    history.push = push;
    history.replace = replace;
  };
}

/**
 * While `dirty`, holds navigation to another page until the user decides: in-app links and
 * navigate() calls (the router's history), Back and Forward (undone, then replayed on Leave),
 * and asks the browser to confirm a reload, a closed tab or a typed address (beforeunload).
 * The router here is a plain <BrowserRouter>: a data router's useBlocker would cost the first
 * load about 16 KB of gzip.
 */
export function useLeaveGuard(dirty: boolean) {
  const { navigator } = useContext(UNSAFE_NavigationContext);
  const [held, setHeld] = useState<(() => void) | null>(null);
  const released = useRef(false);

  useEffect(() => {
    if (!dirty) return;
    released.current = false;
    const restoreHistory = interceptHistory(navigator, (go) => (to, state, options) => {
      if (released.current || leavesWithoutPrompt(state)) return go(to, state, options);
      if (pathnameOf(to) === window.location.pathname) return go(to, state, options);
      setHeld(() => () => go(to, state, options));
    });

    const here = entryIndex(window.history.state);
    let undoing = false;
    setPopStateGuard((event) => {
      if (released.current) return false;
      if (undoing) {
        undoing = false;
        return true;
      }
      const delta = entryIndex(event.state) - here;
      undoing = true;
      window.history.go(-delta);
      setHeld(() => () => window.history.go(delta));
      return true;
    });

    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      // HTML §7.1.4: a canceled beforeunload makes the browser ask; its text is the browser's own.
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);

    return () => {
      restoreHistory();
      setPopStateGuard(null);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [dirty, navigator]);

  return {
    held: held !== null,
    leave: () => {
      released.current = true;
      setHeld(null);
      held?.();
    },
    stay: () => setHeld(null),
  };
}
