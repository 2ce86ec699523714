// One order as its customer follows it: where it stands and why, the quotes to choose from, then production, the
// inspection results and the certificate. While printers and inspectors move it on, the page asks again by itself.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { ProblemBox } from '../shell/ProblemBox';
import { useToasts } from '../shell/toasts';
import { dateTime, money } from '../shell/format';
import { AnalysisSummary } from './AnalysisSummary';
import { orders, liveStatuses, type Quote } from './api';
import { CertificatePanel } from './CertificatePanel';
import { InspectionResults } from './InspectionResults';
import { OrderTimeline } from './OrderTimeline';
import { PartViews } from './PartViews';
import { QuoteCards } from './QuoteCards';
import { StatusBadge } from './StatusBadge';

const pollMs = 3000;

export function OrderPage() {
  const number = useParams().orderNumber!;
  const queries = useQueryClient();
  const toasts = useToasts();
  const order = useQuery({
    queryKey: ['order', number],
    queryFn: () => orders.get(number),
    refetchInterval: (q) => (q.state.data && liveStatuses.includes(q.state.data.status) ? pollMs : false),
  });
  const produced = !!order.data?.acceptedQuoteId && order.data.status !== 'Accepted' && order.data.status !== 'Printing';
  const inspections = useQuery({
    // Asked again whenever the order changed: a recorded inspection or a new certificate changes it.
    queryKey: ['order', number, 'inspections', order.data?.status, order.data?.updatedAt, order.data?.certificate?.number],
    queryFn: () => orders.inspections(number),
    enabled: produced,
  });
  const decide = useMutation({
    mutationFn: (q: Quote | null) => (q ? orders.accept(number, q.id) : orders.rejectAll(number)),
    onSuccess: (next, q) => {
      queries.setQueryData(['order', number], next);
      toasts.show('success', q ? `Accepted the quote of ${q.amCentreName} for ${money(q.total, q.currency)}` : 'Rejected every quote');
    },
    onError: (e) => toasts.error(e, 'The decision was not recorded'),
  });

  if (order.isPending) return <div className="page" role="status">Loading order {number}…</div>;
  if (order.isError) return <div className="page"><ProblemBox error={order.error} onRetry={() => order.refetch()} /></div>;
  const o = order.data;
  const live = liveStatuses.includes(o.status);
  const deciding = o.status === 'Quoted';

  return (
    <div className="page">
      <p className="crumbs"><Link to="/orders">Orders</Link> / {o.number}</p>
      <div className="page-head">
        <h1>{o.part || o.number}</h1>
        <StatusBadge status={o.status} />
        {live && <span className="live" role="status" aria-label="Refreshing by itself"><span className="dot" aria-hidden /> Live</span>}
      </div>
      <p className="hint">Order {o.number} · ordered {dateTime(o.createdAt)} · last change {dateTime(o.updatedAt)}</p>
      {o.status === 'Inspecting' && o.certificate?.passed && (
        <p className="notice" role="note">The parts passed inspection; the AM centre prepares them for shipment.</p>
      )}
      {o.reasons.length > 0 && (
        <div className={o.status === 'Failed' || o.status === 'Invalid' || o.status === 'Rejected' ? 'problem' : 'notice'} role="note">
          <ul className="reasons">{o.reasons.map((r) => <li key={r}>{r}</li>)}</ul>
        </div>
      )}
      <div className="order-grid">
        <div className="order-main">
          {o.quotes.length > 0 && (
            <section aria-labelledby="quotes-title">
              <h2 id="quotes-title">{deciding ? 'Choose a quote' : 'Quotes'}</h2>
              <QuoteCards quotes={o.quotes} busy={decide.isPending} onAccept={deciding ? (q) => decide.mutate(q) : undefined} />
              {deciding && (
                <p><button type="button" className="danger" disabled={decide.isPending} onClick={() => decide.mutate(null)}>Reject all quotes</button></p>
              )}
            </section>
          )}
          {o.certificate && <CertificatePanel number={o.number} certificate={o.certificate} />}
          {produced && (
            <section aria-labelledby="inspection-title">
              <h2 id="inspection-title">Inspection</h2>
              {inspections.isError && <ProblemBox error={inspections.error} />}
              {inspections.data && inspections.data.length === 0 && <p className="hint">No inspection yet.</p>}
              {inspections.data && <InspectionResults inspections={inspections.data} />}
            </section>
          )}
          <section aria-labelledby="analysis-title">
            <h2 id="analysis-title">Model analysis</h2>
            <AnalysisSummary analysis={o.analysis} />
            <PartViews order={o} />
          </section>
        </div>
        <aside aria-labelledby="history-title">
          <h2 id="history-title">History</h2>
          <OrderTimeline history={o.history} />
        </aside>
      </div>
    </div>
  );
}
