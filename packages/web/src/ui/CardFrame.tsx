import type { ReactNode } from 'react';
import { Brand } from './Brand';

/** The brand over one centred card: the frame of sign-in, consent and their waiting states. */
export function CardFrame({ children }: { children: ReactNode }) {
  return (
    <div className="auth-layout">
      <header className="auth-layout__brand">
        <Brand />
      </header>
      <main className="auth-card">{children}</main>
    </div>
  );
}
