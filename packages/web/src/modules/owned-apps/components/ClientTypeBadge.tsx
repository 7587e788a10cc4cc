import { Badge } from '../../../ui/Badge';

export function ClientTypeBadge({ requireSecret }: { requireSecret: boolean }) {
  return requireSecret ? (
    <Badge tone="info">Confidential</Badge>
  ) : (
    <Badge tone="neutral">Public</Badge>
  );
}
