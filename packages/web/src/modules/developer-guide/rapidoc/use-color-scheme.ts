import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-color-scheme: dark)';

// A browser without matchMedia (an old or scripted one) gets the light scheme, as the CSS does.
function media(): MediaQueryList | null {
  return typeof window.matchMedia === 'function' ? window.matchMedia(QUERY) : null;
}

function subscribe(onChange: () => void): () => void {
  const list = media();
  list?.addEventListener('change', onChange);
  return () => list?.removeEventListener('change', onChange);
}

/** The scheme the site's CSS follows (prefers-color-scheme), for a component styled from script. */
export function useColorScheme(): 'light' | 'dark' {
  return useSyncExternalStore(
    subscribe,
    () => (media()?.matches ? 'dark' : 'light'),
    () => 'light',
  );
}
