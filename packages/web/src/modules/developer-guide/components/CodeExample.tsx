import { useId } from 'react';
import { CopyButton } from '../../../ui/CopyButton';

/** One ready-to-copy example: a heading, the code (scrollable by keyboard too) and Copy. */
export function CodeExample({
  title,
  code,
  language,
  headingLevel = 3,
}: {
  title: string;
  code: string;
  language: string;
  /** Where the example sits in the page's outline. */
  headingLevel?: 3 | 4 | 5;
}) {
  const id = useId();
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="code-example" role="group" aria-labelledby={`${id}-title`}>
      <div className="code-example__header">
        <Heading id={`${id}-title`} className="code-example__title">
          {title}
        </Heading>
        <CopyButton value={code} what={`${title} (${language})`} />
      </div>
      {/* WCAG 2.1.1: a region that scrolls sideways must be reachable by keyboard. */}
      <pre className="code-example__code" tabIndex={0}>
        <code>{code}</code>
      </pre>
    </div>
  );
}
