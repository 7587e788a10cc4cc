import type { ReactNode } from 'react';

/**
 * A polite live region that is always in the page, so screen readers announce what appears in
 * it (a region mounted together with its text is often not announced).
 */
export function LiveRegion({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <div role="status" aria-live="polite" className={className}>
      {children}
    </div>
  );
}
