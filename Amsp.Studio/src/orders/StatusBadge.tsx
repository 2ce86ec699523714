import { statusLabels, statusTone, type OrderStatus } from './api';

export function StatusBadge({ status }: { status: OrderStatus }) {
  return <span className={`badge tone-${statusTone(status)}`} data-status={status}>{statusLabels[status] ?? status}</span>;
}
