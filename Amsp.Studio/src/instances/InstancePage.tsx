// One instance on the canvas of its own version: the path it took highlighted, each activity's status, and
// beside it the activity's details, the journal as a timeline, incidents (with retry), bookmarks and data.
// While it can still change, it refreshes by itself.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ProblemBox } from '../shell/ProblemBox';
import { useToasts } from '../shell/toasts';
import { FlowCanvas } from '../designer/canvas/FlowCanvas';
import type { EdgeTone, NodeMark, NodeTone } from '../designer/canvas/marks';
import { laidOut } from '../designer/laidOut';
import type { Selection } from '../designer/model/history';
import { indexDescriptors, type DefinitionJson } from '../designer/model/types';
import { useCanvasSettings } from '../designer/settings';
import { ActivityDetails } from './ActivityDetails';
import { instances, isLive } from './api';
import { when } from './format';
import { StatusBadge } from './StatusBadge';
import { Timeline } from './Timeline';

type Tab = 'activity' | 'timeline' | 'incidents' | 'bookmarks' | 'data';

export function InstancePage() {
  const { instanceId = '' } = useParams();
  const [live, setLive] = useState(true);
  const details = useQuery({
    queryKey: ['instance', instanceId],
    queryFn: () => instances.get(instanceId),
    refetchInterval: (q) => (live && isLive(q.state.data?.instance.status) ? (q.state.data?.instance.status === 'Running' ? 1000 : 3000) : false),
  });
  const status = details.data?.instance.status;
  const path = useQuery({
    queryKey: ['instance-path', instanceId, details.dataUpdatedAt],
    queryFn: () => instances.path(instanceId),
    enabled: !!details.data,
    placeholderData: (p) => p,
  });
  const version = useQuery({
    queryKey: ['instance-definition', instanceId],
    staleTime: Infinity,
    queryFn: async () => {
      const view = await instances.definition(instanceId);
      const index = indexDescriptors(view.activityTypes);
      return { index, graph: await laidOut(view.definition as unknown as DefinitionJson, index), definition: view.definition as unknown as DefinitionJson };
    },
  });
  const [settings] = useCanvasSettings();
  const [selection, setSelection] = useState<Selection>({ nodes: [], edges: [] });
  const [tab, setTab] = useState<Tab>('timeline');
  const currentSelection = useCallback(() => selection, [selection]);
  const decor = useMemo(() => {
    const nodeMarks = new Map<string, NodeMark>();
    for (const n of version.data?.graph.nodes ?? []) nodeMarks.set(n.id, { tone: 'idle' });
    for (const a of path.data?.activities ?? []) {
      const runs = Number(a.executions);
      nodeMarks.set(a.activityId, { tone: a.status as NodeTone, label: runs > 1 ? `${a.status} ×${runs}` : a.status });
    }
    const followed = new Set(path.data?.connections ?? []);
    const edgeTones = new Map<string, EdgeTone>((version.data?.graph.edges ?? []).map((e) => [e.id, followed.has(e.id) ? 'followed' : 'idle']));
    return { nodeMarks, edgeTones };
  }, [version.data, path.data]);

  const error = details.error ?? version.error;
  if (error) return <div className="page-message"><ProblemBox error={error} onRetry={() => { void details.refetch(); void version.refetch(); }} /></div>;
  if (!details.data || !version.data) return <div className="page-message" role="status">Loading instance…</div>;
  const d = details.data;
  const selected = selection.nodes.length === 1 ? selection.nodes[0] : null;
  const tabs: [Tab, string][] = [
    ['activity', 'Activity'], ['timeline', 'Timeline'], ['incidents', `Incidents (${d.incidents.length})`],
    ['bookmarks', `Bookmarks (${d.bookmarks.length})`], ['data', 'Data'],
  ];

  return (
    <div className="instance-page">
      <div className="instance-head">
        <div>
          <h1>{version.data.definition.name || d.instance.definitionId} <span className="hint">version {d.instance.definitionVersion}</span></h1>
          <div className="facts">
            <StatusBadge status={d.instance.status} />
            <span>Instance <code>{d.instance.id}</code></span>
            {d.instance.correlationId && <span>Correlation <code>{d.instance.correlationId}</code></span>}
            <span>Started {when(d.instance.createdAt)}</span>
            <span>{d.instance.finishedAt ? `Ended ${when(d.instance.finishedAt)}` : `Updated ${when(d.instance.updatedAt)}`}</span>
          </div>
        </div>
        <div className="instance-actions">
          {isLive(status) && <label className="check"><input type="checkbox" checked={live} onChange={(e) => setLive(e.target.checked)} /> Live</label>}
          <InstanceActions instanceId={instanceId} status={status} />
          <Link to="/instances">All instances</Link>
        </div>
      </div>
      <div className="workspace read-only">
        <FlowCanvas graph={version.data.graph} index={version.data.index} selection={selection} currentSelection={currentSelection}
          onSelect={(s) => { setSelection(s); if (s.nodes.length === 1) setTab('activity'); }}
          decor={decor} readOnly settings={settings} label="Path of the instance" />
        <aside className="properties instance-side" aria-label="Instance details">
          <div className="tabs" role="tablist">
            {tabs.map(([t, label]) => (
              <button key={t} type="button" role="tab" aria-selected={tab === t} className={tab === t ? 'on' : ''} onClick={() => setTab(t)}>{label}</button>
            ))}
          </div>
          <div className="tab-body" role="tabpanel">
            {tab === 'activity' && (selected
              ? <ActivityDetails id={selected} definition={version.data.definition} index={version.data.index} path={path.data} incidents={d.incidents} />
              : <p className="hint">Select an activity on the canvas to see its status, inputs, outputs and timing.</p>)}
            {tab === 'timeline' && <Timeline instanceId={instanceId} journal={d.journal} start={d.instance.createdAt} onPick={(id) => { setSelection({ nodes: [id], edges: [] }); setTab('activity'); }} />}
            {tab === 'incidents' && <Incidents instanceId={instanceId} incidents={d.incidents} faulted={status === 'Faulted'} />}
            {tab === 'bookmarks' && <Bookmarks bookmarks={d.bookmarks} />}
            {tab === 'data' && (
              <>
                <h3>Input</h3><pre className="json">{JSON.stringify(d.input, null, 2)}</pre>
                <h3>Variables</h3><pre className="json">{JSON.stringify(d.variables, null, 2)}</pre>
                <h3>Output</h3><pre className="json">{JSON.stringify(d.output, null, 2)}</pre>
              </>
            )}
          </div>
        </aside>
      </div>
    </div>
  );
}

function useInstanceAction(instanceId: string) {
  const queries = useQueryClient();
  const toasts = useToasts();
  const [busy, setBusy] = useState(false);
  return {
    busy,
    async run(what: string, action: () => Promise<{ status: string }>) {
      setBusy(true);
      try {
        const result = await action();
        toasts.show('success', `${what}: the instance is ${result.status}`);
      } catch (e) {
        toasts.error(e, `${what} failed`);
      } finally {
        setBusy(false);
        await queries.invalidateQueries({ queryKey: ['instance', instanceId] });
      }
    },
  };
}

function InstanceActions({ instanceId, status }: { instanceId: string; status?: string }) {
  const action = useInstanceAction(instanceId);
  return (
    <>
      {status === 'Faulted' && <button type="button" className="primary" disabled={action.busy} onClick={() => action.run('Retried', () => instances.retry(instanceId))}>Retry</button>}
      {isLive(status) && <button type="button" className="danger" disabled={action.busy} onClick={() => action.run('Cancelled', () => instances.cancel(instanceId))}>Cancel instance</button>}
    </>
  );
}

type Details = Awaited<ReturnType<typeof instances.get>>;

function Incidents({ instanceId, incidents, faulted }: { instanceId: string; incidents: Details['incidents']; faulted: boolean }) {
  const action = useInstanceAction(instanceId);
  if (incidents.length === 0) return <p className="hint">No incidents: no activity of this instance has failed.</p>;
  return (
    <>
      {faulted && (
        <p>The instance stopped at a failed activity. Retry runs the failed activities again (same execution id, next attempt).{' '}
          <button type="button" className="primary" disabled={action.busy} onClick={() => action.run('Retried', () => instances.retry(instanceId))}>Retry</button></p>
      )}
      <ul className="incidents">
        {incidents.map((i) => (
          <li key={i.id}>
            <div><strong>{i.activityId}</strong> · attempt {i.attempt} · {when(i.timestamp)} · <span className="badge">{i.resolution}</span></div>
            <div className="field-error">{i.errorType}: {i.message}</div>
            {i.details && <details><summary>Details</summary><pre className="json">{i.details}</pre></details>}
          </li>
        ))}
      </ul>
    </>
  );
}

function Bookmarks({ bookmarks }: { bookmarks: Details['bookmarks'] }) {
  const toasts = useToasts();
  if (bookmarks.length === 0) return <p className="hint">Nothing is waiting.</p>;
  return (
    <ul className="bookmarks">
      {bookmarks.map((b) => (
        <li key={b.id}>
          <div><strong>{b.name}</strong> at <code>{b.activityId}</code></div>
          <div className="hint">Since {when(b.createdAt)}{b.dueAt ? ` · due ${when(b.dueAt)}` : ''}{b.correlationId ? ` · correlation ${b.correlationId}` : ''}</div>
          {b.roles.length > 0 && <div className="hint">May be resumed by: {b.roles.join(', ')} (and operators)</div>}
          <button type="button" onClick={() => navigator.clipboard.writeText(b.resumeToken).then(() => toasts.show('info', 'Resume token copied'), () => toasts.show('error', 'Copying failed'))}>
            Copy resume token
          </button>
        </li>
      ))}
    </ul>
  );
}
