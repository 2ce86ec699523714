// Print jobs and orders by status: the counts from the overview, the list of the chosen status from its own call.
// The choices live in the address, so a filtered view can be shared.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { StatusBadge } from '../orders/StatusBadge';
import { ProblemBox } from '../shell/ProblemBox';
import { dateTime, number } from '../shell/format';
import { jobStatuses, jobTone, operations, orderStatuses, type JobStatus, type OrderStatus, type Overview } from './api';
import { ByState, Pager } from './ByState';

const pollMs = 5000;

/** Sets some of the address's parameters (empty ones removed) and goes back to the first page of what they filter. */
export function useFilters() {
  const [params, setParams] = useSearchParams();
  const set = (changes: Record<string, string | undefined>) => setParams((old) => {
    const next = new URLSearchParams(old);
    for (const [k, v] of Object.entries(changes)) if (v) next.set(k, v); else next.delete(k);
    return next;
  }, { replace: true });
  return { params, set };
}

export function Jobs({ overview }: { overview: Overview | undefined }) {
  const { params, set } = useFilters();
  const status = (params.get('jobs') || undefined) as JobStatus | undefined;
  const printerId = params.get('printer') || undefined;
  const page = Number(params.get('jobsPage') ?? 1);
  const jobs = useQuery({ queryKey: ['operations', 'jobs', status, printerId, page], queryFn: () => operations.jobs(status, printerId, page),
    refetchInterval: pollMs, placeholderData: keepPreviousData });
  const names = new Map(overview?.printers.map((p) => [p.id, p.name]));
  return (
    <ByState label="Print jobs" states={jobStatuses} counts={overview?.jobsByStatus} chosen={status} onChoose={(s) => set({ jobs: s, jobsPage: undefined })}>
      <label className="inline-field">Printer
        <select value={printerId ?? ''} onChange={(e) => set({ printer: e.target.value, jobsPage: undefined })}>
          <option value="">Any</option>
          {overview?.printers.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
        </select>
      </label>
      {jobs.isError && <ProblemBox error={jobs.error} onRetry={() => jobs.refetch()} />}
      {jobs.data && (
        <table className="data compact" aria-label="Print jobs">
          <thead><tr><th>Order</th><th>Printer</th><th>Status</th><th className="num">Progress</th><th>Queued</th></tr></thead>
          <tbody>
            {jobs.data.items.map((j) => (
              <tr key={j.id}>
                <td>{j.orderNumber} <span className="hint">part {j.part}</span></td>
                <td>{names.get(j.printerId ?? '') ?? '—'}</td>
                <td><span className={`badge tone-${jobTone[j.status ?? 'Queued']}`}>{j.status}</span>{j.failureReason && <div className="hint">{j.failureReason}</div>}</td>
                <td className="num">{j.progress == null ? '—' : `${number(j.progress, 0)} %`}</td>
                <td>{dateTime(j.createdAt)}</td>
              </tr>
            ))}
            {jobs.data.items.length === 0 && <tr><td colSpan={5} className="hint">No print job{status ? ` is ${status}` : ''}.</td></tr>}
          </tbody>
        </table>
      )}
      {jobs.data && <Pager page={page} size={10} total={Number(jobs.data.total)} onPage={(p) => set({ jobsPage: String(p) })} />}
    </ByState>
  );
}

export function Orders({ overview }: { overview: Overview | undefined }) {
  const { params, set } = useFilters();
  const status = (params.get('orders') || undefined) as OrderStatus | undefined;
  const page = Number(params.get('ordersPage') ?? 1);
  const orders = useQuery({ queryKey: ['operations', 'orders', status, page], queryFn: () => operations.orders(status, page),
    refetchInterval: pollMs, placeholderData: keepPreviousData });
  return (
    <ByState label="Orders" states={orderStatuses} counts={overview?.ordersByStatus} chosen={status} onChoose={(s) => set({ orders: s, ordersPage: undefined })}>
      {orders.isError && <ProblemBox error={orders.error} onRetry={() => orders.refetch()} />}
      {orders.data && (
        <table className="data compact" aria-label="Orders">
          <thead><tr><th>Order</th><th>Part</th><th>Status</th><th>Changed</th></tr></thead>
          <tbody>
            {orders.data.items.map((o) => (
              <tr key={o.number}><td>{o.number}</td><td>{o.part || '—'}</td><td><StatusBadge status={o.status} /></td><td>{dateTime(o.updatedAt)}</td></tr>
            ))}
            {orders.data.items.length === 0 && <tr><td colSpan={4} className="hint">No order{status ? ` is ${status}` : ''}.</td></tr>}
          </tbody>
        </table>
      )}
      {orders.data && <Pager page={page} size={10} total={Number(orders.data.total)} onPage={(p) => set({ ordersPage: String(p) })} />}
    </ByState>
  );
}
