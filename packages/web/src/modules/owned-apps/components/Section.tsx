import { useId, type ReactNode } from 'react';

export function Section({
  title,
  children,
  tone,
}: {
  title: string;
  children: ReactNode;
  tone?: 'danger';
}) {
  const id = useId();
  return (
    <section
      className={tone ? `section section--${tone}` : 'section'}
      aria-labelledby={`${id}-title`}
    >
      <h2 id={`${id}-title`} className="section__title">
        {title}
      </h2>
      {children}
    </section>
  );
}
