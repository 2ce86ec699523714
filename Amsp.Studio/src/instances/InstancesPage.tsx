// Instances, newest first, filtered by definition, version, status, correlation id and creation time. The filter
// lives in the address, so a filtered list can be bookmarked and shared.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { Schemas } from '../api/client';
import { ProblemBox } from '../shell/ProblemBox';
import { instances, type InstanceFilter } from './api';
import { StatusBadge } from './StatusBadge';
import { when } from './format';

const statuses: Schemas['WorkflowStatus'][] = ['Running', 'Suspended', 'Finished', 'Faulted', 'Cancelled'];
const fields = ['definitionId', 'version', 'status', 'correlationId', 'from', 'to'] as const;

/** datetime-local has no zone: the person means their own, the API wants an offset. */
const toIso = (local: string) => (local ? new Date(local).toISOString() : undefined);

export function InstancesPage() {
  const [params, setParams] = useSearchParams();
  const page = Number(params.get('page') ?? 1);
  const filter: InstanceFilter = {
    definitionId: params.get('definitionId') || undefined,
    version: params.get('version') ? Number(params.get('version')) : undefined,
    status: (params.get('status') || undefined) as InstanceFilter['status'],
    correlationId: params.get('correlationId') || undefined,
    from: toIso(params.get('from') ?? ''),
    to: toIso(params.get('to') ?? ''),
    page,
  };
  const list = useQuery({ queryKey: ['instances', filter], queryFn: () => instances.list(filter), refetchInterval: 5000, placeholderData: keepPreviousData });
  const [draft, setDraft] = useState(() => Object.fromEntries(fields.map((f) => [f, params.get(f) ?? ''])) as Record<(typeof fields)[number], string>);

  function apply(e: FormEvent) {
    e.preventDefault();
    const next = new URLSearchParams();
    for (const f of fields) if (draft[f]) next.set(f, draft[f]);
    setParams(next);
  }
  const goTo = (p: number) => { const next = new URLSearchParams(params); next.set('page', String(p)); setParams(next); };
  const input = (f: (typeof fields)[number], label: string, type = 'text') => (
    <label>{label}<input type={type} value={draft[f]} onChange={(e) => setDraft({ ...draft, [f]: e.target.value })} /></label>
  );

  return (
    <div className="list-page">
      <div className="list-head"><h1>Instances</h1>{list.isFetching && <span className="hint" role="status">Refreshing…</span>}</div>
      <form className="filters" onSubmit={apply} aria-label="Filter instances">
        {input('definitionId', 'Definition id')}
        {input('version', 'Version', 'number')}
        <label>Status
          <select value={draft.status} onChange={(e) => setDraft({ ...draft, status: e.target.value })}>
            <option value="">Any</option>
            {statuses.map((s) => <option key={s} value={s}>{s}</option>)}
          </select>
        </label>
        {input('correlationId', 'Correlation id')}
        {input('from', 'Created from', 'datetime-local')}
        {input('to', 'Created before', 'datetime-local')}
        <div className="filter-actions">
          <button type="submit" className="primary">Filter</button>
          <button type="button" onClick={() => { setDraft(Object.fromEntries(fields.map((f) => [f, ''])) as typeof draft); setParams(new URLSearchParams()); }}>Clear</button>
        </div>
      </form>
      {list.isError && <ProblemBox error={list.error} onRetry={() => list.refetch()} />}
      {list.data && (
        <table className="data">
          <thead>
            <tr><th>Instance</th><th>Workflow</th><th>Version</th><th>Status</th><th>Correlation id</th><th>Created</th><th>Updated</th><th>Incidents</th></tr>
          </thead>
          <tbody>
            {list.data.items.map((i) => (
              <tr key={i.id}>
                <td><Link to={`/instances/${i.id}`}><code>{i.id.slice(0, 12)}</code></Link></td>
                <td>{i.definitionId}</td>
                <td>{i.definitionVersion}</td>
                <td><StatusBadge status={i.status} /></td>
                <td>{i.correlationId ? <code>{i.correlationId}</code> : '—'}</td>
                <td>{when(i.createdAt)}</td>
                <td>{when(i.updatedAt)}</td>
                <td>{Number(i.incidentCount) > 0 ? <span className="badge error">{i.incidentCount}</span> : '—'}</td>
              </tr>
            ))}
            {list.data.items.length === 0 && <tr><td colSpan={8} className="hint">No instance matches.</td></tr>}
          </tbody>
        </table>
      )}
      {list.data && (page > 1 || list.data.hasMore) && (
        <div className="pager">
          <button type="button" disabled={page <= 1} onClick={() => goTo(page - 1)}>Newer</button>
          <span>Page {page}</span>
          <button type="button" disabled={!list.data.hasMore} onClick={() => goTo(page + 1)}>Older</button>
        </div>
      )}
    </div>
  );
}
