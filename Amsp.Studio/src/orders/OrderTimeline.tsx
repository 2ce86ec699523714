// The order's status history as a timeline: each change with when, who and why.
import { dateTime } from '../shell/format';
import { statusLabels, type Order } from './api';

export function OrderTimeline({ history }: { history: Order['history'] }) {
  return (
    <ol className="timeline" aria-label="Status history">
      {history.map((h, i) => (
        <li key={i}>
          <strong>{statusLabels[h.to] ?? h.to}</strong>
          <time dateTime={h.at}>{dateTime(h.at)}</time>
          <span className="hint">by {h.actor}{h.reason ? ` · ${h.reason}` : ''}</span>
        </li>
      ))}
    </ol>
  );
}
