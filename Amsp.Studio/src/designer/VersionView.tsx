// A version, or the diff of two, on a read-only canvas: added activities and connections in green, removed ones
// in red (dashed), changed ones in amber, with the list of what changed beside it.
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { ProblemBox } from '../shell/ProblemBox';
import { definitions, type Palette } from './api';
import { FlowCanvas } from './canvas/FlowCanvas';
import type { EdgeTone, NodeMark } from './canvas/marks';
import { laidOut, layOutGraph } from './laidOut';
import { diffGraph, type DefinitionDiff } from './model/diff';
import { graphToDefinition, type Graph } from './model/graph';
import { DesignerStore, type Selection } from './model/history';
import { noIssues } from './model/validation';
import { PropertyPanel } from './panels/PropertyPanel';
import type { Side } from './panels/VersionsPanel';
import type { CanvasSettings } from './settings';

export type VersionMode = { kind: 'view'; version: number } | { kind: 'diff'; older: Side; newer: Side };

interface Props {
  definitionId: string;
  mode: VersionMode;
  /** The canvas's document when the view was opened, for "your edits", and a number telling openings apart. */
  edits: Graph;
  opened: number;
  palette: Palette;
  settings: CanvasSettings;
  onClose: () => void;
  onRevert: (version: number) => void;
}

interface Shown {
  graph: Graph;
  nodeMarks?: Map<string, NodeMark>;
  edgeTones?: Map<string, EdgeTone>;
  diff?: DefinitionDiff;
}

const sideName = (s: Side) => (s === 'edits' ? 'your edits' : `version ${s}`);

export function VersionView({ definitionId, mode, edits, opened, palette, settings, onClose, onRevert }: Props) {
  const shown = useQuery({
    queryKey: ['version-view', definitionId, mode, opened],
    gcTime: 0,
    queryFn: async (): Promise<Shown> => {
      const read = async (s: Side) => (s === 'edits' ? graphToDefinition(edits) : (await definitions.load(definitionId, s)).definition);
      if (mode.kind === 'view') return { graph: await laidOut(await read(mode.version), palette.index) };
      const overlay = diffGraph(await read(mode.older), await read(mode.newer));
      const graph = await layOutGraph(overlay.graph, palette.index);
      const labels = { added: 'added', removed: 'removed', changed: 'changed', same: '' } as const;
      return {
        graph,
        nodeMarks: new Map([...overlay.nodes].map(([id, s]) => [id, { tone: s, label: labels[s] || undefined }])),
        edgeTones: new Map(overlay.edges),
        diff: overlay.diff,
      };
    },
  });
  const [selection, setSelection] = useState<Selection>({ nodes: [], edges: [] });
  const current = useCallback(() => selection, [selection]);
  const store = useMemo(() => (shown.data ? new DesignerStore(shown.data.graph) : null), [shown.data]);
  const decor = useMemo(() => ({ nodeMarks: shown.data?.nodeMarks, edgeTones: shown.data?.edgeTones }), [shown.data]);

  const title = mode.kind === 'view' ? `Version ${mode.version} (read-only)` : `Changes from ${sideName(mode.older)} to ${sideName(mode.newer)}`;
  return (
    <div className="version-view">
      <div className="mode-banner" role="status">
        <strong>{title}</strong>
        {mode.kind === 'view' && <button type="button" onClick={() => onRevert(mode.version)}>Revert to this version</button>}
        <button type="button" className="primary" onClick={onClose}>Back to editing</button>
      </div>
      {shown.isPending && <div className="page-message" role="status">Loading…</div>}
      {shown.isError && <ProblemBox error={shown.error} onRetry={() => shown.refetch()} />}
      {shown.data && store && (
        <div className="workspace read-only">
          <FlowCanvas key={title} graph={shown.data.graph} index={palette.index} selection={selection} currentSelection={current}
            onSelect={setSelection} decor={decor} readOnly settings={settings} label={title} />
          <aside className="properties" aria-label="Details">
            {shown.data.diff ? <DiffList diff={shown.data.diff} /> : (
              <PropertyPanel store={store} graph={shown.data.graph} index={palette.index} selection={selection} issues={noIssues}
                readOnly onDelete={() => {}} onAlign={() => {}} />
            )}
          </aside>
        </div>
      )}
    </div>
  );
}

function DiffList({ diff }: { diff: DefinitionDiff }) {
  const { activities, connections, workflow } = diff;
  const nothing = activities.added.length + activities.removed.length + activities.changed.length
    + connections.added.length + connections.removed.length + workflow.length === 0;
  return (
    <section className="panel-section diff-list" aria-label="Changes">
      <h2>Changes</h2>
      <div className="legend">
        <span className="swatch added" /> added <span className="swatch removed" /> removed <span className="swatch changed" /> changed
      </div>
      {nothing && <p>No differences, apart from where activities sit on the canvas.</p>}
      <Group title="Activities added" items={activities.added} tone="added" />
      <Group title="Activities removed" items={activities.removed} tone="removed" />
      <Group title="Activities changed" items={activities.changed.map((c) => `${c.id}: ${c.fields.map(field).join(', ')}`)} tone="changed" />
      <Group title="Connections added" items={connections.added.map(connection)} tone="added" />
      <Group title="Connections removed" items={connections.removed.map(connection)} tone="removed" />
      <Group title="Workflow settings changed" items={workflow} tone="changed" />
    </section>
  );
}

function Group({ title, items, tone }: { title: string; items: string[]; tone: string }) {
  if (items.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul className={`diff-items ${tone}`}>{items.map((i) => <li key={i}><code>{i}</code></li>)}</ul>
    </>
  );
}

/** "a:Done->b" as "a → b", naming the outcome when it is not the usual Done. */
function connection(key: string): string {
  const m = /^(.*):(.*)->(.*)$/.exec(key);
  if (!m) return key;
  return m[2] === 'Done' ? `${m[1]} → ${m[3]}` : `${m[1]} (${m[2]}) → ${m[3]}`;
}

function field(name: string): string {
  return name.startsWith('inputs.') ? `input ${name.slice(7)}` : name;
}
