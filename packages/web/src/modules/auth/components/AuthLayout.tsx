import type { ReactNode } from 'react';
import { Brand } from '../../../ui/Brand';
import { PageHeading } from '../../../ui/PageHeading';

export function AuthLayout({
  title,
  intro,
  children,
  footer,
}: {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
}) {
  return (
    <div className="auth-layout">
      <header className="auth-layout__brand">
        <Brand />
      </header>
      <main className="auth-card">
        <PageHeading>{title}</PageHeading>
        {intro && <p className="auth-card__intro">{intro}</p>}
        {children}
      </main>
      {footer && <footer className="auth-layout__footer">{footer}</footer>}
    </div>
  );
}
