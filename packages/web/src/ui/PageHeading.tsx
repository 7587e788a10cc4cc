import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';

/**
 * The page's h1. After client-side navigation focus moves here, so keyboard and screen-reader
 * users start at the top of the new page instead of on a link that no longer exists.
 */
export function PageHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { key } = useLocation();

  const title = textOf(children);
  useEffect(() => {
    if (title) document.title = `${title} · Bnder`;
  }, [title]);

  useEffect(() => {
    // 'default' is the location the app was loaded on: the browser already put focus at the top.
    if (key !== 'default') ref.current?.focus();
  }, [key]);

  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}

/** The heading as plain text, when it is made of strings and numbers only. */
function textOf(children: ReactNode): string | null {
  const parts = Array.isArray(children) ? children : [children];
  return parts.every((part) => typeof part === 'string' || typeof part === 'number')
    ? parts.join('')
    : null;
}
