import { Alert } from '../../../ui/Alert';
import { DateText } from '../../../ui/DateText';

/** The secret appeared in an authorize link, where anyone on the path could read it. */
export function LeakedSecretBanner({ seenAt }: { seenAt: string }) {
  return (
    <Alert tone="warning" title="Rotate this client secret">
      <p>
        The client secret was seen in an authorize link on <DateText iso={seenAt} withTime />. The
        link was refused, but the secret may have leaked through browser history or logs. Rotate the
        secret below and send it only to the token endpoint.
      </p>
    </Alert>
  );
}
