// Workflow instances stopped by an incident, each with what failed and a Retry that runs the failed activities again
// (POST /api/workflow-instances/{id}/retry). A retried instance stays in the list with the status the retry left it
// in, so the operator sees the outcome; the instance viewer has the rest.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { instances } from '../instances/api';
import { when } from '../instances/format';
import { StatusBadge } from '../instances/StatusBadge';
import { ProblemBox } from '../shell/ProblemBox';
import { useToasts } from '../shell/toasts';

type Summary = Awaited<ReturnType<typeof instances.list>>['items'][number];

export function Incidents() {
  const faulted = useQuery({ queryKey: ['operations', 'faulted'], queryFn: () => instances.list({ status: 'Faulted' }), refetchInterval: 5000 });
  const [retried, setRetried] = useState<Map<string, { instance: Summary; status: string }>>(new Map());
  const rows = [...(faulted.data?.items ?? []).filter((i) => !retried.has(i.id)).map((i) => ({ instance: i, status: i.status as string })), ...retried.values()];
  if (faulted.isError) return <ProblemBox error={faulted.error} onRetry={() => faulted.refetch()} />;
  if (faulted.isPending) return <p role="status">Loading instances…</p>;
  if (rows.length === 0) return <p className="hint">No workflow instance is stopped by an incident.</p>;
  return (
    <table className="data" aria-label="Instances with incidents">
      <thead><tr><th>Instance</th><th>Workflow</th><th>Status</th><th>What failed</th><th>Since</th><th><span className="sr-only">Actions</span></th></tr></thead>
      <tbody>
        {rows.map((r) => (
          <IncidentRow key={r.instance.id} instance={r.instance} status={r.status}
            onRetried={(status) => setRetried((m) => new Map(m).set(r.instance.id, { instance: r.instance, status }))} />
        ))}
        {faulted.data?.hasMore && <tr><td colSpan={6}><Link to="/instances?status=Faulted">More faulted instances in the instance list</Link></td></tr>}
      </tbody>
    </table>
  );
}

function IncidentRow({ instance, status, onRetried }: { instance: Summary; status: string; onRetried: (status: string) => void }) {
  const queries = useQueryClient();
  const toasts = useToasts();
  const [busy, setBusy] = useState(false);
  // The instance's incidents: the last one says what stopped it.
  const details = useQuery({ queryKey: ['instance', instance.id], queryFn: () => instances.get(instance.id), staleTime: 10_000 });
  const last = details.data?.incidents.at(-1);
  const short = instance.id.slice(0, 12);
  async function retry() {
    setBusy(true);
    try {
      const result = await instances.retry(instance.id);
      onRetried(result.status);
      toasts.show(result.status === 'Faulted' ? 'error' : 'success', `Retried ${short}: the instance is ${result.status}`);
    } catch (e) {
      toasts.error(e, `Retrying ${short} failed`);
    } finally {
      setBusy(false);
      await queries.invalidateQueries({ queryKey: ['instance', instance.id] });
      await queries.invalidateQueries({ queryKey: ['operations'] });
    }
  }
  return (
    <tr>
      <td><Link to={`/instances/${instance.id}`} aria-label={`Open instance ${short} in the viewer`}><code>{short}</code></Link></td>
      <td>{instance.definitionId} <span className="hint">v{instance.definitionVersion}</span></td>
      <td><StatusBadge status={status} /></td>
      <td className="incident-cell">
        {last ? <><strong>{last.activityId}</strong> · attempt {last.attempt}<div className="field-error">{last.message}</div></> : details.isPending ? '…' : '—'}
      </td>
      <td>{when(instance.updatedAt)}</td>
      <td>
        {status === 'Faulted'
          ? <button type="button" className="primary" disabled={busy} onClick={retry}>{busy ? 'Retrying…' : 'Retry'}<span className="sr-only"> {short}</span></button>
          : <Link to={`/instances/${instance.id}`}>See it in the viewer</Link>}
      </td>
    </tr>
  );
}
