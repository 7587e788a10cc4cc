/** Decides about a Back or Forward; true hides it from the router. */
export type PopStateGuard = (event: PopStateEvent) => boolean;

let active: PopStateGuard | null = null;

export function setPopStateGuard(guard: PopStateGuard | null): void {
  active = guard;
}

/**
 * Listens before the router does (listeners on window run in the order they were added), so a
 * page with unsaved edits can hold a Back or Forward. Call it before the router mounts.
 */
export function installPopStateGuard(): void {
  window.addEventListener('popstate', (event) => {
    if (active?.(event)) event.stopImmediatePropagation();
  });
}
