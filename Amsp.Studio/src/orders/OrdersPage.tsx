// The customer's orders, newest first, a page at a time; the status filter is in the address.
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { ProblemBox } from '../shell/ProblemBox';
import { dateTime } from '../shell/format';
import { orders, orderStatuses, statusLabels, type OrderStatus } from './api';
import { StatusBadge } from './StatusBadge';

export function OrdersPage() {
  const [params, setParams] = useSearchParams();
  const status = (params.get('status') || undefined) as OrderStatus | undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const list = useQuery({ queryKey: ['orders', status, page], queryFn: () => orders.list(status, page) });

  function go(next: { status?: string; page?: number }) {
    const p = new URLSearchParams();
    const s = 'status' in next ? next.status : status;
    if (s) p.set('status', s);
    if ((next.page ?? 1) > 1) p.set('page', String(next.page));
    setParams(p);
  }

  const data = list.data;
  const pages = data ? Math.max(1, Math.ceil(Number(data.total) / Number(data.pageSize))) : 1;
  return (
    <div className="list-page">
      <div className="list-head">
        <h1>Orders</h1>
        <label className="inline-field">
          Status
          <select value={status ?? ''} onChange={(e) => go({ status: e.target.value || undefined, page: 1 })}>
            <option value="">All</option>
            {orderStatuses.map((s) => <option key={s} value={s}>{statusLabels[s]}</option>)}
          </select>
        </label>
        <Link className="button primary" to="/orders/new">New order</Link>
      </div>
      {list.isError && <ProblemBox error={list.error} onRetry={() => list.refetch()} />}
      {list.isPending && <p role="status">Loading orders…</p>}
      {data && data.items.length === 0 && (
        <div className="empty">
          <p>{status ? `No order is ${statusLabels[status].toLowerCase()}.` : 'Your organization has no orders yet.'}</p>
          {!status && <Link to="/orders/new">Start your first order</Link>}
        </div>
      )}
      {data && data.items.length > 0 && (
        <table className="data" aria-label="Orders">
          <thead><tr><th>Order</th><th>Part</th><th>Status</th><th>Ordered</th><th>Last change</th></tr></thead>
          <tbody>
            {data.items.map((o) => (
              <tr key={o.number}>
                <td><Link to={`/orders/${o.number}`}>{o.number}</Link></td>
                <td>{o.part || '—'}</td>
                <td><StatusBadge status={o.status} /></td>
                <td>{dateTime(o.createdAt)}</td>
                <td>{dateTime(o.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {data && pages > 1 && (
        <nav className="pager" aria-label="Pages of orders">
          <button type="button" disabled={page <= 1} onClick={() => go({ page: page - 1 })}>Previous</button>
          <span>Page {page} of {pages} · {data.total} orders</span>
          <button type="button" disabled={page >= pages} onClick={() => go({ page: page + 1 })}>Next</button>
        </nav>
      )}
    </div>
  );
}
