import { formatDate, formatDateTime } from '../lib/format-date';

/** A date shown briefly, with the full time on hover and in the markup. */
export function DateText({ iso, withTime = false }: { iso: string; withTime?: boolean }) {
  return (
    <time dateTime={iso} title={formatDateTime(iso)}>
      {withTime ? formatDateTime(iso) : formatDate(iso)}
    </time>
  );
}

export function LastUsed({ iso }: { iso: string | null }) {
  return iso ? <DateText iso={iso} /> : <span className="muted">Never</span>;
}
