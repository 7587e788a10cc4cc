import { useId, type ReactNode } from 'react';

/** A titled part of the authorizing guide, with an anchor for links. */
export function GuideSection({
  anchor,
  title,
  children,
}: {
  anchor: string;
  title: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section id={anchor} className="section guide" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section__title">
        {title}
      </h2>
      {children}
    </section>
  );
}
