import type { ReactNode } from 'react';

export interface AlertProps {
  tone?: 'error' | 'warning' | 'success' | 'info';
  title?: string;
  children: ReactNode;
  /** Errors and warnings interrupt (role="alert"); confirmations wait their turn (role="status"). */
  urgent?: boolean;
  /** False inside a LiveRegion, which announces it already. */
  live?: boolean;
}

export function Alert({ tone = 'error', title, children, urgent, live = true }: AlertProps) {
  const interrupt = urgent ?? (tone === 'error' || tone === 'warning');
  const role = live ? (interrupt ? 'alert' : 'status') : undefined;
  return (
    <div className={`alert alert--${tone}`} role={role}>
      {title && <p className="alert__title">{title}</p>}
      <div className="alert__body">{children}</div>
    </div>
  );
}
