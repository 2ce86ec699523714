// The inspection queue of the inspector's AM centre: orders whose parts are printed and wait to be measured.
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ProblemBox } from '../shell/ProblemBox';
import { dateTime } from '../shell/format';
import { inspections } from './api';

export function InspectionsPage() {
  const queue = useQuery({ queryKey: ['inspections', 'Awaiting'], queryFn: () => inspections.queue(1), refetchInterval: 10_000 });
  const items = queue.data?.items ?? [];
  return (
    <div className="list-page">
      <div className="list-head">
        <h1>Inspections</h1>
        <span className="hint">Waiting to be measured, oldest first · refreshes by itself</span>
      </div>
      {queue.isError && <ProblemBox error={queue.error} onRetry={() => queue.refetch()} />}
      {queue.isPending && <p role="status">Loading the queue…</p>}
      {queue.data && items.length === 0 && <div className="empty"><p>Nothing waits for an inspection.</p></div>}
      {items.length > 0 && (
        <table className="data" aria-label="Inspection queue">
          <thead><tr><th>Order</th><th>Attempt</th><th>Characteristics</th><th>Printed</th><th /></tr></thead>
          <tbody>
            {items.map((i) => (
              <tr key={i.id}>
                <td><Link to={`/inspections/${i.orderNumber}`}>{i.orderNumber}</Link></td>
                <td>{i.attempt}</td>
                <td>{i.characteristics.map((c) => c.name).join(', ')}</td>
                <td>{dateTime(i.createdAt)}</td>
                <td><Link className="button" to={`/inspections/${i.orderNumber}`} aria-label={`Inspect ${i.orderNumber}`}>Inspect</Link></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
