import { Alert } from '../../../ui/Alert';
import { DateText } from '../../../ui/DateText';

/** Set by Bnder's operators; only they can lift it, so the page says so and offers no control. */
export function SuspendedAppBanner({ since, reason }: { since: string; reason: string | null }) {
  return (
    <Alert tone="error" title="Suspended by Bnder">
      <p>
        Bnder suspended this application on <DateText iso={since} withTime />
        {reason ? `: ${reason}` : '.'} Its tokens were revoked and users cannot authorize it.
        Contact Bnder support to have the suspension reviewed.
      </p>
    </Alert>
  );
}
