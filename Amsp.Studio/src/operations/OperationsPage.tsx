// Operations at a glance for operators and administrators: the printers live, print jobs and orders by status,
// workflow instances stopped by an incident (with Retry), and charts of a chosen period. Everything that can change
// by itself is asked again every few seconds while the page is open.
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { ProblemBox } from '../shell/ProblemBox';
import { count, dateTime, number } from '../shell/format';
import { operations } from './api';
import { Incidents } from './Incidents';
import { Jobs, Orders, useFilters } from './JobsAndOrders';
import { PeriodForm } from './PeriodForm';
import { periodOf } from './period';
import { PrinterBoard } from './PrinterBoard';
import './operations.css';

// The chart library is the page's largest part: it loads after the live figures.
const Charts = lazy(() => import('./Charts'));

export function OperationsPage() {
  const { params, set } = useFilters();
  const overview = useQuery({ queryKey: ['operations', 'overview'], queryFn: operations.overview, refetchInterval: 5000 });
  const period = periodOf(params);
  const trends = useQuery({ queryKey: ['operations', 'trends', period.from, period.to], queryFn: () => operations.trends(period.from, period.to),
    refetchInterval: 30_000 });
  const o = overview.data;
  const instances = Object.entries(o?.instancesByStatus ?? {});
  return (
    <div className="page operations">
      <div className="page-head">
        <h1>Operations</h1>
        <span className="live" role="status" aria-label="Refreshing by itself"><span className="dot" aria-hidden /> Live</span>
        {o && <span className="hint">as of {dateTime(o.at)}</span>}
      </div>
      {overview.isError && <ProblemBox error={overview.error} onRetry={() => overview.refetch()} />}

      <section aria-labelledby="printers-title">
        <h2 id="printers-title">Printers</h2>
        {overview.isPending && <p role="status">Loading printers…</p>}
        {o && <PrinterBoard printers={o.printers} onJobs={(id) => { set({ printer: id, jobs: undefined, jobsPage: undefined }); document.getElementById('jobs-title')?.scrollIntoView(); }} />}
      </section>

      <div className="ops-columns">
        <section aria-labelledby="jobs-title">
          <h2 id="jobs-title">Print jobs</h2>
          <Jobs overview={o} />
        </section>
        <section aria-labelledby="orders-title">
          <h2 id="orders-title">Orders</h2>
          <Orders overview={o} />
        </section>
      </div>

      <section aria-labelledby="incidents-title">
        <h2 id="incidents-title">Workflow incidents</h2>
        {instances.length > 0 && (
          <p className="hint">
            Instances: {instances.map(([s, n]) => `${s} ${number(n, 0)}`).join(' · ')}; {count(Number(o?.openIncidents ?? 0), 'open incident')}.{' '}
            <Link to="/instances">All instances</Link>
          </p>
        )}
        <Incidents />
      </section>

      <section aria-labelledby="charts-title">
        <h2 id="charts-title">Throughput, utilisation and on time</h2>
        <PeriodForm key={`${period.from}/${period.to}`} period={period} onChange={(p) => set(p ? { from: p.from, to: p.to } : { from: undefined, to: undefined })} />
        {trends.isError && <ProblemBox error={trends.error} />}
        {trends.isPending && <p role="status">Loading the figures…</p>}
        {trends.data && (
          <Suspense fallback={<p role="status">Loading the charts…</p>}>
            <Charts trends={trends.data} />
          </Suspense>
        )}
      </section>
    </div>
  );
}
