// The order's status history as a timeline: each change with when, who and why.
import { useSession } from '../auth/session';
import { dateTime } from '../shell/format';
import { statusLabels, type Order } from './api';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Who made a change, as the customer reads it: the workflow, they themselves, or someone of the platform. */
function who(actor: string, me: string | undefined): string {
  if (actor === 'workflow') return 'automatically';
  if (me && actor === me) return 'by you';
  return uuid.test(actor) ? 'by a user' : `by ${actor}`;
}

export function OrderTimeline({ history }: { history: Order['history'] }) {
  const me = useSession().data?.id;
  return (
    <ol className="order-timeline" aria-label="Status history">
      {history.map((h, i) => (
        <li key={i}>
          <strong>{statusLabels[h.to] ?? h.to}</strong>
          <span className="hint"><time dateTime={h.at}>{dateTime(h.at)}</time> · {who(h.actor, me)}</span>
          {h.reason && <span className="reason">{h.reason}</span>}
        </li>
      ))}
    </ol>
  );
}
