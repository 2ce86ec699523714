// The AM centre at a glance: its printers as the pollers last saw them (asked again every few seconds), its print
// jobs and the orders it quoted for.
import { useQuery } from '@tanstack/react-query';
import { ProblemBox } from '../shell/ProblemBox';
import { dateTime, money, number } from '../shell/format';
import { StatusBadge } from '../orders/StatusBadge';
import { useState } from 'react';
import { centre, printerTone, useCentre, useCentreCurrency, type Printer } from './api';
import { PrinterDialog } from './PrinterDialog';
import { NoCentre } from './NoCentre';

const pollMs = 5000;

export function CentrePage() {
  const mine = useCentre();
  const id = mine?.organizationId ?? '';
  const printers = useQuery({ queryKey: ['centre', id, 'printers'], queryFn: () => centre.printers(id), enabled: !!id, refetchInterval: pollMs });
  const jobs = useQuery({ queryKey: ['centre', id, 'jobs'], queryFn: centre.jobs, enabled: !!id, refetchInterval: pollMs });
  const orders = useQuery({ queryKey: ['centre', id, 'orders'], queryFn: centre.orders, enabled: !!id });
  const currency = useCentreCurrency(id);
  const materials = useQuery({ queryKey: ['centre', id, 'materials'], queryFn: () => centre.materials(id), enabled: !!id });
  const [editing, setEditing] = useState<Printer | null>(null);
  if (!mine) return <NoCentre />;
  const printerName = new Map(printers.data?.map((p) => [p.id, p.name]));
  const loadedOf = (p: Printer) => {
    const m = materials.data?.find((x) => x.id === p.loadedMaterialId);
    return m ? `${m.name}${p.loadedColour ? `, ${p.loadedColour}` : ''}` : '—';
  };
  return (
    <div className="page">
      <div className="page-head">
        <h1>{mine.organizationName}</h1>
        <span className="live" role="status" aria-label="Refreshing by itself"><span className="dot" aria-hidden /> Live</span>
      </div>
      <section aria-labelledby="printers-title">
        <h2 id="printers-title">Printers</h2>
        {printers.isError && <ProblemBox error={printers.error} onRetry={() => printers.refetch()} />}
        {printers.isPending && <p role="status">Loading printers…</p>}
        {printers.data && (
          <table className="data" aria-label="Printers">
            <thead><tr><th>Printer</th><th>Process</th><th>State</th><th>Build volume</th><th>Loaded</th><th className="num">Own hourly rate</th><th><span className="sr-only">Actions</span></th></tr></thead>
            <tbody>
              {printers.data.map((p) => (
                <tr key={p.id}>
                  <th scope="row">{p.name}{!p.active && <span className="hint"> (inactive)</span>}</th>
                  <td>{p.process}</td>
                  <td><span className={`badge tone-${printerTone[p.state]}`}>{p.state}</span></td>
                  <td>{[p.buildVolume.x, p.buildVolume.y, p.buildVolume.z].map((v) => number(v, 0)).join(' × ')} mm</td>
                  <td>{loadedOf(p)}</td>
                  <td className="num">{p.hourlyRate == null ? 'from the price list' : `${currency ? money(p.hourlyRate, currency) : number(p.hourlyRate, 2)} per hour`}</td>
                  <td><button type="button" onClick={() => setEditing(p)}>Change<span className="sr-only"> {p.name}</span></button></td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {editing && <PrinterDialog printer={editing} materials={materials.data ?? []} currency={currency} onClose={() => setEditing(null)} />}
      <section aria-labelledby="jobs-title">
        <h2 id="jobs-title">Print jobs</h2>
        {jobs.isError && <ProblemBox error={jobs.error} onRetry={() => jobs.refetch()} />}
        {jobs.data && jobs.data.items.length === 0 && <p className="hint">No print job yet.</p>}
        {jobs.data && jobs.data.items.length > 0 && (
          <table className="data" aria-label="Print jobs">
            <thead><tr><th>Order</th><th>Printer</th><th>Status</th><th className="num">Progress</th><th>Queued</th></tr></thead>
            <tbody>
              {jobs.data.items.map((j) => (
                <tr key={j.id}>
                  <td>{j.orderNumber}</td>
                  <td>{printerName.get(j.printerId ?? '') ?? '—'}</td>
                  <td>{j.status}{j.failureReason ? ` — ${j.failureReason}` : ''}</td>
                  <td className="num">{j.progress == null ? '—' : `${number(Number(j.progress) * (Number(j.progress) <= 1 ? 100 : 1), 0)} %`}</td>
                  <td>{dateTime(j.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="orders-title">
        <h2 id="orders-title">Orders quoted by the centre</h2>
        {orders.isError && <ProblemBox error={orders.error} onRetry={() => orders.refetch()} />}
        {orders.data && orders.data.items.length === 0 && <p className="hint">No order yet.</p>}
        {orders.data && orders.data.items.length > 0 && (
          <table className="data" aria-label="Orders">
            <thead><tr><th>Order</th><th>Part</th><th>Status</th><th>Ordered</th></tr></thead>
            <tbody>
              {orders.data.items.map((o) => (
                <tr key={o.number}><td>{o.number}</td><td>{o.part || '—'}</td><td><StatusBadge status={o.status} /></td><td>{dateTime(o.createdAt)}</td></tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
