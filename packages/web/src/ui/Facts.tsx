import type { ReactNode } from 'react';
import { LastUsed } from './DateText';

/** A labelled fact: a `value` shown as given, or a `date` (null shows "Never"). */
export type Fact = { label: string } & ({ value: ReactNode } | { date: string | null });

/** A list of labelled facts (created, last used…) under a card or page heading. */
export function Facts({ facts, wide = false }: { facts: Fact[]; wide?: boolean }) {
  return (
    <dl className={wide ? 'facts facts--wide' : 'facts'}>
      {facts.map((fact) => (
        <div key={fact.label}>
          <dt>{fact.label}</dt>
          <dd>{'date' in fact ? <LastUsed iso={fact.date} /> : fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
