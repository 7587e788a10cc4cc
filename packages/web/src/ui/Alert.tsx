import type { ReactNode } from 'react';

export interface AlertProps {
  tone?: 'error' | 'warning' | 'success' | 'info';
  title?: string;
  children: ReactNode;
  /** Errors and warnings interrupt (role="alert"); confirmations wait their turn (role="status"). */
  urgent?: boolean;
}

export function Alert({ tone = 'error', title, children, urgent }: AlertProps) {
  const interrupt = urgent ?? (tone === 'error' || tone === 'warning');
  return (
    <div className={`alert alert--${tone}`} role={interrupt ? 'alert' : 'status'}>
      {title && <p className="alert__title">{title}</p>}
      <div className="alert__body">{children}</div>
    </div>
  );
}
